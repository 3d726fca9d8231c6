package herald.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NemesisOptionsTest {

    private static final List<String> FIVE = List.of("n1", "n2", "n3", "n4", "n5");

    private static Schedule generate(String text, long seed) {
        return Nemeses.generate(NemesisOptions.parse(text), FIVE, 1_000_000, 250_000, seed);
    }

    @Test
    void everyNemesisOfTheIssuesCommandLineParsesAndBareNamesTakeTheirDefaults() {
        NemesisOptions options = NemesisOptions.parse("partition=ring,loss=0.1,dup=0.05,reorder,crash=1,pause");
        assertThat(options.names()).containsExactly("partition", "loss", "dup", "reorder", "crash", "pause");
        assertThat(options.value("reorder")).isEmpty();
        assertThat(options.toString()).isEqualTo("partition=ring,loss=0.1,dup=0.05,reorder,crash=1,pause");
        Schedule schedule = Nemeses.generate(options, FIVE, 1_000_000, 250_000, 3);
        assertThat(schedule.faults()).extracting(f -> f.fault().name()).contains("partition", "loss", "duplicate",
                "reorder", "crash", "pause");
        assertThat(schedule.faults()).filteredOn(f -> f.fault() instanceof Reorder)
                .allSatisfy(f -> assertThat(((Reorder) f.fault()).spread()).isEqualTo(10_000));
    }

    @Test
    void aTargetWithoutAValueTakesTheDefaultValueOnThoseLinksOnly() {
        NemesisOptions options = NemesisOptions.parse("loss@n1-n2,dup@n2>n3,delay@n3,reorder=5ms@n1-n3");
        assertThat(options.names()).containsExactly("loss", "dup", "delay", "reorder");
        assertThat(options.toString()).isEqualTo("loss@n1-n2,dup@n2>n3,delay@n3,reorder=5ms@n1-n3");
        assertThat(NemesisOptions.parse(options.toString()).toString()).isEqualTo(options.toString());
        Schedule schedule = Nemeses.generate(options, FIVE, 1_000_000, 250_000, 3);
        assertThat(schedule.faults()).filteredOn(f -> f.fault().name().equals("loss")).isNotEmpty();
        assertThat(generate("loss@n1-n2", 3).faults()).isEqualTo(generate("loss=" + Loss.DEFAULT_P + "@n1-n2", 3)
                .faults());
    }

    @Test
    void everyGeneratedFaultStartsAndStopsWithinTheWindow() {
        Schedule schedule = generate("partition=any,loss,dup,reorder,delay,restart=1,pause=2", 11);
        assertThat(schedule.faults()).hasSizeGreaterThan(10).allSatisfy(f -> {
            assertThat(f.start()).isBetween(0L, 1_000_000L);
            assertThat(f.stop()).isBetween(f.start(), 1_000_000L);
        });
        assertThat(schedule.model()).isEqualTo("crash-recovery");
    }

    @Test
    void theSameSeedGivesTheSameScheduleAndAddingANemesisLeavesTheOthersFaultsAlone() {
        assertThat(generate("partition,loss=0.2,crash=1", 5)).isEqualTo(generate("partition,loss=0.2,crash=1", 5));
        Schedule without = generate("partition,crash=1", 5);
        Schedule with = generate("partition,dup=0.1,crash=1", 5);
        assertThat(with.faults()).filteredOn(f -> !(f.fault() instanceof Duplicate))
                .containsExactlyElementsOf(without.faults());
    }

    @Test
    void crashingAMajorityAtRandomIsRefusedButNamingTheNodesIsAskingForIt() {
        assertThatThrownBy(() -> generate("crash=3", 1)).hasMessage(
                "--nemesis crash=3 may crash 3 of 5 nodes at once, which leaves no correct majority; at most 2 can"
                        + " crash at random, unless named (crash=n1+n2+…)");
        assertThatThrownBy(() -> generate("crash=9", 1))
                .hasMessage("--nemesis crash=9 asks to crash 9 nodes, but the group has 5");
        assertThatThrownBy(() -> generate("crash=n9", 1))
                .hasMessage("--nemesis crash=n9 names n9, which is not in the group n1, n2, n3, n4, n5");
        assertThatThrownBy(() -> generate("crash=1,restart=2", 1)).hasMessageContaining("may crash 3 of 5");
        Schedule named = generate("crash=n1+n2+n3", 1);
        assertThat(named.crashedNodes()).containsExactly("n1", "n2", "n3");
    }

    @Test
    void theFewestNodesTheFaultsNeedAreTheFewestTheyCanBeGeneratedOn() {
        java.util.Map<String, Integer> least = new java.util.LinkedHashMap<>();
        least.put("none", 1);
        least.put("loss=0.2", 1);
        least.put("partition=halves", 1);
        least.put("partition=any", 1);
        least.put("partition=bridge", 3);
        least.put("partition=ring", 3);
        least.put("pause=2", 2);
        least.put("crash=1", 3);
        least.put("crash=n1+n2", 1);
        least.put("crash=1,restart=1", 5);
        least.put("partition=any,loss=0.1,dup=0.1,reorder=20ms,delay,crash=1,pause", 3);
        least.forEach((text, n) -> {
            NemesisOptions options = NemesisOptions.parse(text);
            assertThat(options.leastNodes()).as(text).isEqualTo(n);
            for (int seed = 1; seed <= 5; seed++) {
                assertThat(Nemeses.generate(options, FIVE.subList(0, Math.max(n, 2)), 1_000_000, 250_000, seed))
                        .as(text).isNotNull();
            }
            if (n > 1) {
                assertThatThrownBy(() -> Nemeses.generate(options, FIVE.subList(0, n - 1), 1_000_000, 250_000, 1))
                        .as(text).isInstanceOf(IllegalArgumentException.class);
            }
        });
    }

    @Test
    void aNodeInTwoGroupsIsNamedAsSuch() {
        assertThatThrownBy(() -> NemesisOptions.parse("partition=n1+n2/n2+n3"))
                .hasMessageContaining("node n2 is in two groups of a partition");
    }

    @Test
    void theNetworkCannotBeGivenTwoWordsForOneAspect() {
        assertThatThrownBy(() -> NetworkSemantics.parse("fifo,unordered")).hasMessage(
                "the network is given twice for order: \"fifo\" and \"unordered\" in \"fifo,unordered\"");
        assertThat(NetworkSemantics.parse("ordered,lossless")).isEqualTo(new NetworkSemantics(true, false, true));
    }

    @Test
    void theHarnessCanAskWhichNodesMayCrashAndWhetherLinksMayReorder() {
        assertThat(NemesisOptions.parse("partition,crash=1").mayCrash(FIVE)).containsExactlyElementsOf(FIVE);
        assertThat(NemesisOptions.parse("restart=n2+n3").mayCrash(FIVE)).containsExactly("n2", "n3");
        assertThat(NemesisOptions.parse("partition,loss").mayCrash(FIVE)).isEmpty();
        assertThat(NemesisOptions.parse("loss").linksMayReorder()).isTrue();
        assertThat(NemesisOptions.parse("loss").withNetwork(NetworkSemantics.FIFO).linksMayReorder()).isFalse();
        assertThat(NemesisOptions.parse("restart").crashRecovery()).isTrue();
        assertThat(NemesisOptions.parse("crash").crashRecovery()).isFalse();
    }

    @Test
    void theNetworkRefusesTheFaultsItsSemanticsRuleOut() {
        NemesisOptions reorder = NemesisOptions.parse("reorder");
        assertThatThrownBy(() -> reorder.withNetwork(NetworkSemantics.parse("fifo"))).hasMessageStartingWith(
                "the network is ordered (FIFO links), so it cannot reorder packets");
        assertThatThrownBy(() -> NemesisOptions.parse("partition").withNetwork(NetworkSemantics.parse("lossless")))
                .hasMessage("the network is lossless, so it cannot have a partition");
        assertThatThrownBy(() -> NemesisOptions.parse("dup").withNetwork(NetworkSemantics.parse("nonduplicating")))
                .hasMessage("the network is nonduplicating, so it cannot duplicate packets");
        assertThat(NetworkSemantics.parse("fifo,lossless").toString()).isEqualTo("ordered,lossless,duplicating");
    }

    @Test
    void badItemsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> NemesisOptions.parse("loss=2"))
                .hasMessage("loss takes a probability between 0 and 1, got \"2\"");
        assertThatThrownBy(() -> NemesisOptions.parse("reorder=10"))
                .hasMessage("reorder takes a duration with a unit (500us, 20ms, 1.5s), got \"10\"");
        assertThatThrownBy(() -> NemesisOptions.parse("partition=triangle"))
                .hasMessageStartingWith("unknown partition shape \"triangle\"");
        assertThatThrownBy(() -> NemesisOptions.parse("loss,loss=0.2")).hasMessageStartingWith("nemesis loss given twice");
        assertThatThrownBy(() -> NemesisOptions.parse("flood")).hasMessageStartingWith("unknown nemesis \"flood\"");
        assertThatThrownBy(() -> generate("loss=0.1@n1-n9", 1)).hasMessageContaining("names n9, which is not in the group");
    }

    @Test
    void targetedFaultsHitOnlyWhatTheyName() {
        Schedule loss = generate("loss=0.3@n1-n2", 2);
        assertThat(loss.faults()).isNotEmpty().allSatisfy(f -> assertThat(f.fault())
                .isEqualTo(new Loss(0.3, List.of(new Link("n1", "n2"), new Link("n2", "n1")))));
        Schedule delay = generate("delay=20ms@n3", 2);
        assertThat(delay.faults()).isNotEmpty().allSatisfy(f -> assertThat(f.fault())
                .isEqualTo(new Delay(20_000, List.of("n3"), List.of())));
        Schedule pause = generate("pause=n4", 2);
        assertThat(pause.faults()).isNotEmpty().allSatisfy(f -> assertThat(f.fault()).isEqualTo(new Pause(List.of("n4"))));
    }
}
