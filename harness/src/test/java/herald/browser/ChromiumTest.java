package herald.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import herald.process.Reaper;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Regression: the browser Herald starts is the reaper's to kill, so that Ctrl-C leaves none behind. */
class ChromiumTest {

    @Test
    void theBrowserIsRegisteredWithTheReaperWhileItRunsAndForgottenWhenClosed() throws Exception {
        Optional<Path> executable = Chromium.find();
        assumeTrue(executable.isPresent(), "Chromium is not installed (Debian: apt-get install chromium)");
        int before = Reaper.live();
        try (Chromium chromium = Chromium.start(executable.get(), 320, 240)) {
            assertThat(Reaper.live()).isEqualTo(before + 1);
        }
        assertThat(Reaper.live()).isEqualTo(before);
    }
}
