package herald.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.History;
import herald.history.Json;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DiagramTest {

    private static final Judgement LOST_M1 = new Judgement("best-effort", false, List.of(
            new Judgement.Property("validity", 12, List.of(
                    new Judgement.Evidence("validity", "validity violated: n3 never delivered m1 (#1)", List.of(1)),
                    new Judgement.Evidence("validity", "validity violated: n3 never delivered m2 (#4)", List.of(4, 4)))),
            new Judgement.Property("no-duplication", 0, List.of())),
            List.of("the history has no end event"));

    private static History partitioned() {
        return Story.of("n1", "n2", "n3")
                .partition(List.of(List.of("n1", "n2"), List.of("n3")))
                .broadcast("n1", "m1")
                .send("n1", "n3", 0)
                .drop("n1", "n3", 0, "partition")
                .broadcast("n2", "m2")
                .stop("partition")
                .end();
    }

    @Test
    void thePageIsStandaloneAndMayFetchNothing() {
        String page = Diagram.html(partitioned(), LOST_M1, "partitioned");

        assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        assertThat(Pattern.compile("(src|href)\\s*=\\s*\"(?!data:)").matcher(page).find()).isFalse();
        assertThat(page).doesNotContain("@import", "url(http", "<script src", "<link rel=\"stylesheet\"");
    }

    @Test
    void theVerdictComesFirstWithEachViolationNumberedInTheColourItsEventsAreRingedWith() {
        String page = Diagram.html(partitioned(), LOST_M1, "partitioned");

        assertThat(page).contains("<h2>best-effort: INVALID, 1 of 2 properties violated</h2>")
                .contains("<span class=\"name\">validity</span> <span class=\"violated\">violated 12 times</span>")
                .contains("<li data-v=\"0\" title=\"show it in the diagram\"><span class=\"vbadge\" "
                        + "style=\"background:#d62728\">V1</span>validity violated: n3 never delivered m1 (#1)</li>")
                .contains("<span class=\"vbadge\" style=\"background:#c2185b\">V2</span>")
                .contains("<li class=\"more\">… and 10 more, not kept</li>")
                .contains("<span class=\"name\">no-duplication</span> <span class=\"held\">held</span>")
                .contains("<li>the history has no end event</li>");
        assertThat(page.indexOf("class=\"verdict")).isLessThan(page.indexOf("id=\"canvas\""));
        JsonNode violations = data(page).get("violations");
        assertThat(violations).hasSize(2);
        assertThat(violations.get(0).get("color").asText()).isEqualTo("#d62728");
        assertThat(violations.get(1).get("events").toString()).isEqualTo("[4,4]");
    }

    @Test
    void thePageCarriesEveryEventAsTheHistoryHoldsItWithArrowsAndFaults() {
        History history = partitioned();
        JsonNode data = data(Diagram.html(history, LOST_M1, "partitioned"));

        assertThat(data.get("nodes").toString()).isEqualTo("[\"n1\",\"n2\",\"n3\"]");
        assertThat(data.get("traced").asBoolean()).isTrue();
        assertThat(data.get("events")).hasSize(history.size());
        assertThat(data.get("events").get(3).toString())
                .isEqualTo("{\"i\":3,\"t\":3,\"type\":\"drop\",\"node\":\"n1\",\"to\":\"n3\",\"packet\":0,"
                        + "\"reason\":\"partition\"}");
        assertThat(data.get("arrows").toString()).isEqualTo("[[2,3,1]]");
        assertThat(data.get("faults").toString()).isEqualTo("[{\"start\":0,\"stop\":5,\"fault\":\"partition\","
                + "\"label\":\"partition n1 n2 | n3\",\"groups\":[[\"n1\",\"n2\"],[\"n3\"]]}]");
    }

    @Test
    void noMessageTextCanCloseTheScriptThatCarriesTheHistory() {
        String evil = "</script><script>alert(1)</script>";
        History history = Story.of("n1", "n2").broadcast("n1", evil).log("n2", "<b>&amp;").end();

        String page = Diagram.html(history, Judgement.unchecked("not checked"), "<i>title</i>");

        assertThat(page.split("</script>", -1)).hasSize(3);
        assertThat(page).contains("<title>&lt;i&gt;title&lt;/i&gt;</title>");
        assertThat(data(page).get("events").get(0).get("msg").asText()).isEqualTo(evil);
        assertThat(data(page).get("events").get(1).get("text").asText()).isEqualTo("<b>&amp;");
    }

    @Test
    void anUncheckedHistoryIsDrawnWithTheReasonWhereTheVerdictWouldBe() {
        String page = Diagram.html(partitioned(), Judgement.unchecked("the header names no spec"), "unchecked");

        assertThat(page).contains("<section class=\"verdict unchecked\"><h2>not checked</h2>")
                .contains("<li>the header names no spec</li>");
        assertThat(data(page).get("violations")).isEmpty();
    }

    @Test
    void theSameHistoryGivesTheSamePageByteForByte() {
        assertThat(Diagram.html(partitioned(), LOST_M1, "t")).isEqualTo(Diagram.html(partitioned(), LOST_M1, "t"));
    }

    private static JsonNode data(String page) {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"herald-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(page);
        assertThat(m.find()).isTrue();
        try {
            return Json.MAPPER.readTree(m.group(1));
        } catch (java.io.IOException e) {
            throw new AssertionError("the page's data is not JSON", e);
        }
    }

    @Test
    void aDeliveryClaimingAnOriginOutsideTheGroupIsDrawnWithItsClaimEscaped() {
        History h = Story.of("n1", "n2").broadcast("n1", "m1").deliver("n2", "m1", "n1")
                .deliver("n2", "x-m1", "</script><b>\u0000").end();

        String page = Diagram.html(h, Judgement.unchecked("no spec"), "made up");

        assertThat(page).doesNotContain("</script><b>").contains("\"origin\":\"\\u003c/script>\\u003cb>\\u0000\"")
                .contains("x-m1");
    }
}
