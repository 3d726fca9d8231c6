package herald.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.browser.Chromium;
import herald.browser.Tab;
import herald.check.Spec;
import herald.check.Specs;
import herald.history.Json;
import herald.nemesis.NemesisOptions;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.report.Report;
import herald.run.Run;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * How fast a report is built, and how fast a browser shows it: the page of a failing run with
 * packets traced (best-effort broadcast on 8 nodes under partitions, loss and a crash), built in
 * Java, then opened in headless Chromium when this machine has one.
 */
public final class DiagramBenchmark {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private DiagramBenchmark() {
    }

    /** Figures for a history of at least {@code events} events, each timing repeated {@code repeats} times. */
    public static ObjectNode measure(int events, int repeats, Path dir) throws IOException {
        Run run = failingRun(events);
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("events", run.history().size());
        Measure.Timing build = Measure.time(1, repeats, () -> Report.html(run.history(), run.verdict(), "bench").length());
        Path page = dir.resolve("bench-report.html");
        Files.writeString(page, Report.html(run.history(), run.verdict(), "bench"));
        json.put("page_bytes", Files.size(page));
        json.put("build_seconds", build.medianSeconds());
        Optional<Path> executable = Chromium.find();
        if (executable.isEmpty()) {
            json.putNull("browser");
            return json;
        }
        double[] ready = new double[repeats];
        double[] scroll = new double[repeats];
        try (Chromium chromium = Chromium.start(executable.get(), 1280, 900)) {
            for (int k = 0; k < repeats; k++) {
                Tab tab = chromium.open(page.toUri(), WAIT);
                tab.waitUntil("document.body.getAttribute('data-ready') === 'true'", WAIT);
                ready[k] = tab.evaluate("window.heraldDiagram.readyMs", WAIT).asDouble() / 1000;
                tab.evaluate("window.scrollTo(0, window.heraldDiagram.height / 2)", WAIT);
                tab.waitUntil("window.heraldDiagram.drawnFrom > 0", WAIT);
                scroll[k] = tab.evaluate("window.heraldDiagram.redrawMs", WAIT).asDouble() / 1000;
                if (!tab.problems().isEmpty()) {
                    throw new IllegalStateException("the page logged errors: " + tab.problems());
                }
            }
        }
        Arrays.sort(ready);
        Arrays.sort(scroll);
        ObjectNode browser = json.putObject("browser");
        browser.put("executable", executable.get().toString());
        browser.put("load_to_drawn_seconds", ready[repeats / 2]);
        browser.put("redraw_after_scroll_seconds", scroll[repeats / 2]);
        return json;
    }

    /** A failing traced run whose history has at least {@code events} events (about 22 per broadcast). */
    static Run failingRun(int events) {
        Protocol protocol = Protocols.named("best-effort");
        Spec spec = Specs.named(protocol.spec());
        NemesisOptions faults = NemesisOptions.parse("partition,loss=0.1,crash=1");
        int broadcasts = Math.max(1, events / 20);
        while (true) {
            Scenario scenario = ScenarioParameters.of(protocol.id(), 8, broadcasts, faults).generate(3);
            Run run = Run.simulate(scenario, protocol, spec, Run.header(scenario, protocol, spec, faults.toString()),
                    null, true);
            if (run.history().size() >= events) {
                return run;
            }
            broadcasts += Math.max(1, broadcasts / 10);
        }
    }

    public static String describe(JsonNode f) {
        String built = String.format("diagram: %,d events, page of %,d bytes built in %.3f s", f.get("events").asInt(),
                f.get("page_bytes").asLong(), f.get("build_seconds").asDouble());
        JsonNode browser = f.get("browser");
        if (browser == null || browser.isNull()) {
            return built + "; no Chromium here, so not measured in a browser";
        }
        return built + String.format("%n  Chromium: loaded and drawn in %.3f s; a redraw after scrolling takes %.4f s",
                browser.get("load_to_drawn_seconds").asDouble(), browser.get("redraw_after_scroll_seconds").asDouble());
    }
}
