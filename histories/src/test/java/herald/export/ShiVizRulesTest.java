package herald.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShiVizRulesTest {

    private static final String HEAD = ShiVizLog.PARSER + "\n" + ShiVizLog.DELIMITER + "\n=== run ===\n";

    private static String log(String... lines) {
        return HEAD + String.join("\n", lines) + "\n";
    }

    @Test
    void aLogWhoseClocksRiseByOneAndDominateWhatTheyNameIsAccepted() {
        assertThat(ShiVizRules.check(log(
                "a {\"a\":1} #0 t=0 send",
                "b {\"b\":1} #1 t=1 tick",
                "b {\"a\":1,\"b\":2} #2 t=2 receive",
                "a {\"a\":2} #3 t=3 tick"))).isEmpty();
    }

    @Test
    void aHostsOwnClockMustStartAtOne() {
        assertThat(ShiVizRules.check(log("a {\"a\":2} #0 t=0 x"))).containsExactly(
                "execution \"run\", line 4: the clock of host \"a\" goes from 0 to 2; it must start at 1 and rise by "
                        + "exactly 1 per event");
    }

    @Test
    void aHostsOwnClockMustRiseByExactlyOne() {
        assertThat(ShiVizRules.check(log("a {\"a\":1} #0 t=0 x", "a {\"a\":3} #1 t=1 y"))).containsExactly(
                "execution \"run\", line 5: the clock of host \"a\" goes from 1 to 3; it must start at 1 and rise by "
                        + "exactly 1 per event");
    }

    @Test
    void aClockMayNameOnlyHostsAndEventsOfItsExecution() {
        assertThat(ShiVizRules.check(log("a {\"a\":1,\"z\":1} #0 t=0 x", "b {\"a\":2,\"b\":1} #1 t=1 y")))
                .containsExactly(
                        "execution \"run\", line 4: the clock names host \"z\", which has no event here",
                        "execution \"run\", line 5: the clock gives host \"a\" the time 2, but it has only 1 events");
    }

    @Test
    void aClockMustDominateTheClockOfTheEventItNames() {
        assertThat(ShiVizRules.check(log(
                "c {\"c\":1} #0 t=0 x",
                "a {\"a\":1,\"c\":1} #1 t=1 y",
                "b {\"a\":1,\"b\":1} #2 t=2 z"))).containsExactly(
                "execution \"run\", line 6: the clock does not dominate the clock of the event it names on host \"a\" "
                        + "(line 5)");
    }

    @Test
    void aClockMustNotFallBelowTheHostsPreviousClock() {
        assertThat(ShiVizRules.check(log(
                "b {\"b\":1} #0 t=0 x",
                "a {\"a\":1,\"b\":1} #1 t=1 y",
                "a {\"a\":2} #2 t=2 z"))).containsExactly(
                "execution \"run\", line 6: the clock falls below the clock of the host's previous event (line 5)");
    }

    @Test
    void everyLineIsAnEventWithItsOwnHostInAJsonClock() {
        assertThat(ShiVizRules.check(log("a {\"b\":1} #0 t=0 x", "a {1} #1 t=1 y", "garbage"))).containsExactly(
                "execution \"run\", line 4: host \"a\" is missing from its clock",
                "execution \"run\", line 5: the clock is not JSON: {1}",
                "execution \"run\", line 6: not an event: garbage",
                "execution \"run\" has no event the parser captures");
    }

    @Test
    void executionLabelsMustBeUnique() {
        assertThat(ShiVizRules.check(log("a {\"a\":1} #0 t=0 x", "=== run ===", "a {\"a\":1} #0 t=0 x")))
                .containsExactly("two executions are labelled \"run\"; labels must be unique");
    }
}
