package herald.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import herald.browser.Chromium;
import herald.browser.Tab;
import herald.diagram.Judgement;
import herald.run.Run;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens reports in a real, headless Chromium and checks that they render: every event of the
 * part on screen has its mark, the violations are ringed, the page logs no error, and its
 * screenshot is not blank. Skipped, with the reason, where Chromium is not installed; CI
 * installs it ({@code .ci/run}).
 */
class ReportInBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Resolves once the page has drawn two more frames, by when it has handled a resize. */
    private static final String NEXT_FRAMES = "new Promise(done => requestAnimationFrame(() => "
            + "requestAnimationFrame(() => done(true))))";
    private static Chromium chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void startChromium() throws IOException {
        Optional<Path> executable = Chromium.find();
        if (executable.isPresent()) {
            chromium = Chromium.start(executable.get(), 1280, 900);
        }
    }

    /** Each test, not the class, is skipped, so that the report counts them and gives the reason. */
    @BeforeEach
    void needChromium() {
        assumeTrue(chromium != null, "Chromium is not installed (Debian: apt-get install chromium; "
                + "or set HERALD_CHROMIUM), so reports cannot be checked in a browser here");
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aSmallFailingRunShowsEveryEventAndRingsTheEventsItsViolationCites() throws IOException {
        Run run = SimulatedRuns.smallFailingRun();
        assertThat(run.valid()).isFalse();
        Tab tab = open(run, "small.html");

        JsonNode drawn = tab.evaluate("window.heraldDiagram", WAIT);
        assertThat(drawn.get("events").asInt()).isEqualTo(run.history().size());
        assertThat(drawn.get("drawnFrom").asInt()).isZero();
        assertThat(drawn.get("drawnTo").asInt()).isEqualTo(run.history().size() - 1);
        assertThat(markIndices(tab)).isEqualTo(range(0, run.history().size() - 1));
        assertThat(tab.evaluate("document.querySelectorAll('.ring').length", WAIT).asInt())
                .isEqualTo(citedEventCount(Report.judgement(run.verdict())));
        assertThat(tab.evaluate("document.querySelectorAll('.note').length", WAIT).asInt())
                .isEqualTo(Report.judgement(run.verdict()).evidence().size());
        assertNotBlank(tab.screenshot(true, WAIT));
        assertThat(tab.problems()).isEmpty();
    }

    @Test
    void hoveringAnEventShowsItsFieldsAndClickingAViolationBringsItsEventsIntoFocus() throws IOException {
        Run run = SimulatedRuns.smallFailingRun();
        int cited = Report.judgement(run.verdict()).evidence().get(0).events().get(0);
        Tab tab = open(run, "hover.html");

        String tip = tab.evaluate("(function () {"
                + " var mark = document.querySelector('.mark[data-i=\"" + cited + "\"]');"
                + " mark.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, clientX: 50, clientY: 50}));"
                + " return document.getElementById('tip').innerText; })()", WAIT).asText();
        assertThat(tip).contains("type\tbroadcast", "i\t" + cited, "V1 validity violated: ");

        tab.evaluate("document.querySelector('.evidence [data-v=\"0\"]').click()", WAIT);
        assertThat(tab.evaluate("document.querySelectorAll('.focus').length", WAIT).asInt()).isEqualTo(1);
        assertThat(tab.problems()).isEmpty();
    }

    /** Regression: a window shorter than the overview made its canvas a negative size, and the script threw. */
    @Test
    void aWindowResizedToAlmostNothingAndBackIsRedrawnWithoutAnError() throws IOException {
        Run run = SimulatedRuns.smallFailingRun();
        Tab tab = open(run, "resized.html");

        tab.resize(320, 8, WAIT);
        tab.waitUntil("window.innerHeight === 8", WAIT);
        tab.evaluate(NEXT_FRAMES, WAIT);
        tab.resize(1280, 900, WAIT);
        tab.waitUntil("window.innerHeight === 900", WAIT);
        tab.evaluate(NEXT_FRAMES, WAIT);

        assertThat(markIndices(tab)).isEqualTo(range(0, run.history().size() - 1));
        assertThat(tab.problems()).isEmpty();
    }

    @Test
    void aHistoryOfTenThousandEventsDrawsTheScreenfulInViewAndFollowsTheScroll() throws IOException {
        Run run = SimulatedRuns.largeFailingRun();
        int size = run.history().size();
        assertThat(size).isGreaterThanOrEqualTo(10_000);
        Tab tab = open(run, "large.html");

        JsonNode top = tab.evaluate("window.heraldDiagram", WAIT);
        assertThat(top.get("events").asInt()).isEqualTo(size);
        assertThat(top.get("drawnFrom").asInt()).isZero();
        assertThat(top.get("drawnTo").asInt()).isBetween(10, size / 4);
        assertThat(markIndices(tab)).isEqualTo(range(0, top.get("drawnTo").asInt()));

        tab.evaluate("window.scrollTo(0, window.heraldDiagram.height * 0.6 + 400)", WAIT);
        tab.waitUntil("window.heraldDiagram.drawnFrom > 0", WAIT);
        JsonNode middle = tab.evaluate("window.heraldDiagram", WAIT);
        assertThat(middle.get("drawnTo").asInt()).isGreaterThan(middle.get("drawnFrom").asInt());
        assertThat(markIndices(tab)).isEqualTo(range(middle.get("drawnFrom").asInt(), middle.get("drawnTo").asInt()));

        tab.evaluate("document.querySelector('[data-mode=scale]').click()", WAIT);
        JsonNode scaled = tab.evaluate("window.heraldDiagram", WAIT);
        assertThat(scaled.get("mode").asText()).isEqualTo("scale");
        assertThat(markIndices(tab)).isEqualTo(range(scaled.get("drawnFrom").asInt(), scaled.get("drawnTo").asInt()));

        assertNotBlank(tab.screenshot(false, WAIT));
        assertThat(tab.problems()).isEmpty();
    }

    private Tab open(Run run, String name) throws IOException {
        Path page = Report.write(dir.resolve(name), run.history(), run.verdict());
        Tab tab = chromium.open(page.toUri(), WAIT);
        tab.waitUntil("document.body.getAttribute('data-ready') === 'true'", WAIT);
        return tab;
    }

    private static List<Integer> markIndices(Tab tab) throws IOException {
        JsonNode marks = tab.evaluate(
                "Array.from(document.querySelectorAll('.mark')).map(m => +m.getAttribute('data-i'))", WAIT);
        return IntStream.range(0, marks.size()).map(k -> marks.get(k).asInt()).sorted().boxed().toList();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static int citedEventCount(Judgement judgement) {
        return judgement.evidence().stream().mapToInt(v -> new HashSet<>(v.events()).size()).sum();
    }

    /** A page that drew something: many pixels are not white, in several colours. */
    private static void assertNotBlank(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        long inked = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb != 0xffffff) {
                    inked++;
                    colours.add(rgb);
                }
            }
        }
        assertThat(inked).isGreaterThan((long) image.getWidth() * image.getHeight() / 50);
        assertThat(colours.size()).isGreaterThan(20);
    }
}
