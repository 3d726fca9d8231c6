package herald.run;

import herald.nemesis.NemesisOptions;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a nemesis stays within the failure model a protocol assumes. A protocol that assumes
 * no crash has nothing to say about a run with crashes: such a run fails, but teaches nothing
 * about the protocol, only about its assumption. {@code herald run} therefore refuses such a
 * nemesis, with the sentence {@link #refusal} gives, unless forced (a teacher showing what
 * breaks).
 *
 * <p>Each {@link Assumption} has one rule: given the nemesis and the group, the sentence saying
 * how the nemesis breaks it, or null when it does not. A new nemesis that can break an assumption
 * (a crash-recovery nemesis, say, for {@code NO_CRASH}) is one more line in that rule.
 */
public final class FailureModel {

    /** How a nemesis breaks one assumption, or null. */
    @FunctionalInterface
    private interface Rule {
        String broken(NemesisOptions nemesis, List<String> nodes);
    }

    private static final Map<Assumption, Rule> RULES = new EnumMap<>(Assumption.class);

    static {
        RULES.put(Assumption.CRASH_STOP, (nemesis, nodes) -> nemesis.crashRecovery()
                ? "the nemesis " + nemesis + " restarts crashed processes (the crash-recovery model)" : null);
        RULES.put(Assumption.NO_CRASH, (nemesis, nodes) -> !nemesis.mayCrash(nodes).isEmpty()
                ? "the nemesis " + nemesis + " crashes processes" : null);
        RULES.put(Assumption.MAJORITY_CORRECT, (nemesis, nodes) -> 2 * nemesis.crashes() >= nodes.size()
                ? "the nemesis " + nemesis + " crashes " + nemesis.crashes() + " of the " + nodes.size()
                        + " processes, half or more"
                : null);
        RULES.put(Assumption.SEQUENCER_CORRECT, (nemesis, nodes) -> sequencerMayCrash(nemesis, nodes));
        // The runtime's perfect failure detector suspects exactly the crashed processes, whatever the nemesis.
        RULES.put(Assumption.FAILURE_DETECTOR, (nemesis, nodes) -> null);
        RULES.put(Assumption.PERFECT_LINKS, (nemesis, nodes) -> nemesis.linksMayLose()
                ? "the nemesis " + nemesis + " loses packets" : null);
        RULES.put(Assumption.FIFO_LINKS, (nemesis, nodes) -> nemesis.linksMayReorder()
                ? "the network may reorder packets (give --network fifo)" : null);
    }

    private static String sequencerMayCrash(NemesisOptions nemesis, List<String> nodes) {
        String sequencer = nodes.get(0);
        java.util.Set<String> victims = nemesis.mayCrash(nodes);
        if (!victims.contains(sequencer)) {
            return null;
        }
        return victims.size() == 1 || victims.size() == nemesis.crashes()
                ? "the nemesis " + nemesis + " crashes the sequencer " + sequencer
                : "the nemesis " + nemesis + " picks its victims at random, so it may crash the sequencer " + sequencer;
    }

    private FailureModel() {
    }

    /** Whether {@code nemesis} on {@code nodes} keeps {@code assumption}. */
    public static boolean keeps(Assumption assumption, NemesisOptions nemesis, List<String> nodes) {
        return RULES.get(assumption).broken(nemesis, nodes) == null;
    }

    /**
     * Why {@code protocol} cannot be run under {@code nemesis} on {@code nodes}, as one sentence,
     * e.g. "lamport-to assumes no process crashes, but the nemesis crash=1 crashes processes";
     * empty when the nemesis breaks none of its assumptions.
     */
    public static Optional<String> refusal(Protocol protocol, NemesisOptions nemesis, List<String> nodes) {
        for (Assumption assumption : Assumption.values()) {
            if (!protocol.assumes(assumption)) {
                continue;
            }
            String broken = RULES.get(assumption).broken(nemesis, nodes);
            if (broken != null) {
                return Optional.of(protocol.id() + " assumes " + assumption.sentence() + ", but " + broken);
            }
        }
        return Optional.empty();
    }
}
