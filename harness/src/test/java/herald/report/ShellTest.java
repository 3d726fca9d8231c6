package herald.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellTest {

    @Test
    void plainWordsStayAsTheyAre() {
        assertThat(Shell.quote("partition=n1+n2/n3,loss=0.2@n1-n2")).isEqualTo("partition=n1+n2/n3,loss=0.2@n1-n2");
        assertThat(Shell.quote("store/eager-rb/20261204T110850Z-seed4/scenario.json"))
                .isEqualTo("store/eager-rb/20261204T110850Z-seed4/scenario.json");
    }

    @Test
    void wordsTheShellWouldChangeAreQuoted() {
        assertThat(Shell.quote("loss=0.5@n1>n2")).isEqualTo("'loss=0.5@n1>n2'");
        assertThat(Shell.quote("my store")).isEqualTo("'my store'");
        assertThat(Shell.quote("it's $HOME")).isEqualTo("'it'\\''s $HOME'");
        assertThat(Shell.quote("")).isEqualTo("''");
        assertThat(Shell.quote("~/x")).isEqualTo("'~/x'");
    }

    @Test
    void theShellHandsEveryWordOverUnchanged() throws IOException, InterruptedException {
        List<String> words = List.of("loss=0.5@n1>n2,partition=n1+n2/n3", "/tmp/my file's $x.json", "a;b|c&d",
                "`id`", "*", "back\\slash", "tab\there", "line\nbreak", "", "ünï €", "!event", "#hash");
        Process sh = new ProcessBuilder("sh", "-c", "for w in " + Shell.words(words) + "; do printf '%s\\0' \"$w\"; done")
                .redirectErrorStream(true).start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sh.waitFor()).isZero();
        List<String> back = new ArrayList<>(List.of(out.split("\0", -1)));
        back.remove(back.size() - 1);
        assertThat(back).containsExactlyElementsOf(words);
    }
}
