package herald.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** One page in the browser: load it, run a script in it, take its picture, hear its complaints. */
public final class Tab {

    private final DevTools devTools;
    private final String session;

    private Tab(DevTools devTools, String session) {
        this.devTools = devTools;
        this.session = session;
    }

    static Tab open(DevTools devTools, URI url, int width, int height, Duration timeout) throws IOException {
        ObjectNode target = Json.MAPPER.createObjectNode().put("url", "about:blank");
        String targetId = devTools.call(null, "Target.createTarget", target, timeout).path("targetId").asText();
        ObjectNode attach = Json.MAPPER.createObjectNode().put("targetId", targetId).put("flatten", true);
        String session = devTools.call(null, "Target.attachToTarget", attach, timeout).path("sessionId").asText();
        Tab tab = new Tab(devTools, session);
        for (String domain : List.of("Page", "Runtime", "Log")) {
            devTools.call(session, domain + ".enable", null, timeout);
        }
        tab.resize(width, height, timeout);
        devTools.call(session, "Page.navigate", Json.MAPPER.createObjectNode().put("url", url.toString()), timeout);
        devTools.await(session, "Page.loadEventFired", timeout);
        return tab;
    }

    /** Resizes the page's window, as a reader dragging its corner would. */
    public void resize(int width, int height, Duration timeout) throws IOException {
        devTools.call(session, "Emulation.setDeviceMetricsOverride", Json.MAPPER.createObjectNode()
                .put("width", width).put("height", height).put("deviceScaleFactor", 1).put("mobile", false), timeout);
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    public JsonNode evaluate(String expression, Duration timeout) throws IOException {
        ObjectNode params = Json.MAPPER.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true);
        JsonNode result = devTools.call(session, "Runtime.evaluate", params, timeout);
        if (result.has("exceptionDetails")) {
            throw new IOException("the page's script failed on " + expression + ": "
                    + result.path("exceptionDetails").path("exception").path("description").asText(
                            result.path("exceptionDetails").path("text").asText()));
        }
        return result.path("result").path("value");
    }

    /** Waits until {@code condition}, a JavaScript expression, is true in the page. */
    public void waitUntil(String condition, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!evaluate("Boolean(" + condition + ")", timeout).asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the page never satisfied " + condition + " within " + timeout.toMillis() + " ms");
            }
            Chromium.pause(20);
        }
    }

    /** A PNG of what the window shows, or of the whole page when {@code fullPage}. */
    public byte[] screenshot(boolean fullPage, Duration timeout) throws IOException {
        ObjectNode params = Json.MAPPER.createObjectNode().put("format", "png").put("captureBeyondViewport", fullPage);
        if (fullPage) {
            JsonNode size = evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]",
                    timeout);
            params.putObject("clip").put("x", 0).put("y", 0).put("width", size.get(0).asInt())
                    .put("height", size.get(1).asInt()).put("scale", 1);
        }
        String data = devTools.call(session, "Page.captureScreenshot", params, timeout).path("data").asText();
        return Base64.getDecoder().decode(data);
    }

    /**
     * What the page complained about so far: console errors and assertions, uncaught exceptions,
     * and the browser's own errors about it (a blocked request, a refused script).
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (JsonNode event : devTools.events()) {
            if (!session.equals(event.path("sessionId").asText())) {
                continue;
            }
            JsonNode params = event.path("params");
            switch (event.path("method").asText()) {
                case "Runtime.consoleAPICalled" -> {
                    String type = params.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        problems.add("console." + type + ": " + params.path("args").toString());
                    }
                }
                case "Runtime.exceptionThrown" -> problems.add("uncaught: "
                        + params.path("exceptionDetails").path("exception").path("description")
                                .asText(params.path("exceptionDetails").path("text").asText()));
                case "Log.entryAdded" -> {
                    if (params.path("entry").path("level").asText().equals("error")) {
                        problems.add("browser: " + params.path("entry").path("text").asText());
                    }
                }
                default -> {
                }
            }
        }
        return problems;
    }
}
