package herald.measure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.gossip.GossipParameters;
import herald.history.Json;
import herald.rounds.Spread;
import java.util.Locale;

/** A measurement told to people (a table beside theory) and to programs (JSON). */
public final class GossipReport {

    private GossipReport() {
    }

    /** The table: each figure's mean and standard deviation, and theory's value where there is one. */
    public static String describe(Measurement m) {
        GossipExperiment e = m.experiment();
        GossipParameters p = e.parameters();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %,d nodes, %d runs, %s, seed %d%n", p, e.nodes(), e.runs(),
                e.loss() == 0 ? "no loss" : "loss " + e.loss(), e.seed()));
        text.append(String.format(Locale.ROOT, "  %-20s %10s %10s   %s%n", "", "mean", "stddev", "theory"));
        rounds(text, "rounds to 50%", m, m.roundsTo(0.5), null);
        rounds(text, "rounds to 99%", m, m.roundsTo(0.99), null);
        rounds(text, "rounds to all", m, m.roundsTo(1), Theory.roundsToAll(p, e.nodes(), e.loss()));
        row(text, "residue", m.residue(), "%10.4f", Theory.residue(p, e.loss()), "");
        row(text, "packets/node/round", m.packetsPerNodePerRound(), "%10.3f", null, "");
        row(text, "packets per rumor", m.packetsPerRumor(), "%,10.0f", null, "");
        LatePhase late = m.latePhase();
        if (late != null) {
            Theory.Prediction theory = Theory.latePhase(p, e.loss());
            String measured = late.divides()
                    ? String.format(Locale.ROOT, "s -> s/%.2f", late.value())
                    : String.format(Locale.ROOT, "s -> s^%.2f", late.value());
            text.append(String.format(Locale.ROOT, "  %-20s %s per round, over %d rounds%s%n", "late phase", measured,
                    late.rounds(), theory == null ? "" : "   theory: " + theory.formula() + " (" + theory.source()
                            + ")"));
        }
        text.append(String.format(Locale.ROOT, "  %d runs in %.2f s (%.1f ms a run)%n", e.runs(), m.seconds(),
                1000 * m.seconds() / e.runs()));
        return text.toString();
    }

    private static void rounds(StringBuilder text, String label, Measurement m, Statistic s, Theory.Prediction theory) {
        int runs = m.experiment().runs();
        String reached = s.count() == runs ? "" : "   (reached in " + s.count() + " of " + runs + " runs)";
        row(text, label, s, "%10.2f", theory, reached);
    }

    private static void row(StringBuilder text, String label, Statistic s, String format, Theory.Prediction theory,
            String tail) {
        String mean = s.count() == 0 ? String.format("%10s", "-") : String.format(Locale.ROOT, format, s.mean());
        String stddev = s.count() == 0 ? String.format("%10s", "-") : String.format(Locale.ROOT, format, s.stddev());
        String predicted = theory == null ? "" : String.format(Locale.ROOT, "%.4g  %s (%s)", theory.value(),
                theory.formula(), theory.source());
        text.append(String.format(Locale.ROOT, "  %-20s %s %s   %s%s", label, mean, stddev, predicted, tail)
                .stripTrailing()).append('\n');
    }

    /**
     * The measurement as {@code herald gossip --json} prints it: the settings, then each figure as
     * {@code {"mean", "stddev", "runs"}} with {@code "theory"} and {@code "formula"} where theory
     * has a value, the late phase, each run's own figures ({@code per_run}), and the fraction
     * informed per round.
     */
    public static ObjectNode toJson(Measurement m) {
        GossipExperiment e = m.experiment();
        GossipParameters p = e.parameters();
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("mode", e.mode());
        json.put("family", p.family().toString());
        if (p.rumorMongering()) {
            json.put("interest", p.interest().feedback() ? "feedback" : "blind");
            json.put("by", p.interest().coin() ? "coin" : "counter");
            json.put("k", p.interest().k());
        }
        json.put("fanout", p.fanout());
        json.put("topology", p.topology().toString());
        json.put("nodes", e.nodes());
        json.put("runs", e.runs());
        json.put("loss", e.loss());
        json.put("seed", e.seed());
        figure(json, "rounds_to_50", m.roundsTo(0.5), null);
        figure(json, "rounds_to_99", m.roundsTo(0.99), null);
        figure(json, "rounds_to_all", m.roundsTo(1), Theory.roundsToAll(p, e.nodes(), e.loss()));
        figure(json, "residue", m.residue(), Theory.residue(p, e.loss()));
        figure(json, "packets_per_node", m.packetsPerNodePerRound(), null);
        figure(json, "packets_per_rumor", m.packetsPerRumor(), null);
        LatePhase late = m.latePhase();
        if (late != null) {
            ObjectNode phase = json.putObject("late_phase");
            phase.put(late.divides() ? "divisor" : "exponent", late.value());
            phase.put("rounds", late.rounds());
            Theory.Prediction theory = Theory.latePhase(p, e.loss());
            if (theory != null) {
                if (!Double.isNaN(theory.value())) {
                    phase.put("theory", theory.value());
                }
                phase.put("formula", theory.formula());
            }
        }
        ArrayNode perRun = json.putArray("per_run");
        for (Spread s : m.spreads()) {
            ObjectNode run = perRun.addObject();
            run.put("origin", "n" + (s.origin() + 1));
            for (double fraction : new double[] {0.5, 0.99, 1}) {
                int r = s.roundsTo(fraction);
                String name = fraction == 1 ? "rounds_to_all" : "rounds_to_" + Math.round(fraction * 100);
                if (r < 0) {
                    run.putNull(name);
                } else {
                    run.put(name, r);
                }
            }
            run.put("rounds", s.rounds());
            run.put("residue", s.residue());
            run.put("packets_per_node", s.packetsPerNodePerRound());
            run.put("packets", s.totalPackets());
        }
        ArrayNode informed = json.putArray("informed");
        for (int r = 0; r <= m.longest(); r++) {
            Measurement.Band band = m.band(r);
            informed.addObject().put("round", r).put("mean", band.mean()).put("min", band.min())
                    .put("max", band.max()).put("p10", band.p10()).put("p90", band.p90());
        }
        json.put("seconds", m.seconds());
        return json;
    }

    private static void figure(ObjectNode json, String name, Statistic s, Theory.Prediction theory) {
        ObjectNode figure = json.putObject(name);
        if (s.count() == 0) {
            figure.putNull("mean");
            figure.putNull("stddev");
        } else {
            figure.put("mean", s.mean());
            figure.put("stddev", s.stddev());
        }
        figure.put("runs", s.count());
        if (theory != null) {
            figure.put("theory", theory.value());
            figure.put("formula", theory.formula());
            figure.put("source", theory.source());
        }
    }
}
