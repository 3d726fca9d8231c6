package herald.check;

import herald.check.broadcast.Agreement;
import herald.check.broadcast.NoCreation;
import herald.check.broadcast.NoDuplication;
import herald.check.broadcast.UniformAgreement;
import herald.check.broadcast.Validity;
import herald.check.order.CausalOrder;
import herald.check.order.FifoOrder;
import herald.check.order.TotalOrder;
import herald.check.order.UniformTotalOrder;
import herald.check.gossip.Convergence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every spec Herald knows, by name, as PROPERTIES.md defines them. */
public final class Specs {

    private static final Map<String, Spec> ALL = new LinkedHashMap<>();

    static {
        add(new Spec("best-effort", "best-effort broadcast: validity (best-effort), no duplication, no creation",
                List.of(Validity.bestEffort(), new NoDuplication(), new NoCreation())));
        add(new Spec("reliable", "reliable broadcast: validity, no duplication, no creation, agreement",
                reliable()));
        add(new Spec("uniform-reliable", "uniform reliable broadcast: reliable + uniform agreement",
                with(reliable(), new UniformAgreement())));
        add(new Spec("fifo", "FIFO broadcast: reliable + FIFO order", with(reliable(), new FifoOrder())));
        add(new Spec("causal", "causal broadcast: reliable + causal order", with(reliable(), new CausalOrder())));
        add(new Spec("total", "total-order broadcast: reliable + total order", with(reliable(), new TotalOrder())));
        add(new Spec("uniform-total", "uniform total-order broadcast: uniform-reliable + uniform total order",
                with(reliable(), new UniformAgreement(), new UniformTotalOrder())));
        add(new Spec("fifo-total", "FIFO-total-order broadcast: reliable + FIFO order + total order",
                with(reliable(), new FifoOrder(), new TotalOrder())));
        add(new Spec("gossip", "gossip (anti-entropy): convergence, no duplication, no creation",
                List.of(Convergence.strict(), new NoDuplication(), new NoCreation())));
        add(new Spec("gossip-rumor", "gossip by rumor mongering: no duplication, no creation, and convergence's "
                + "residue reported, not judged; gossip-rumor=B fails a rumor that misses more than a fraction B",
                List.of(Convergence.reportingResidue(), new NoDuplication(), new NoCreation())));
    }

    private Specs() {
    }

    private static void add(Spec spec) {
        ALL.put(spec.name(), spec);
    }

    /** The checkers of the {@code reliable} spec, for building the specs that extend it. */
    public static List<Checker> reliable() {
        return List.of(Validity.reliable(), new NoDuplication(), new NoCreation(), new Agreement());
    }

    /** {@code base} followed by {@code more}. */
    public static List<Checker> with(List<Checker> base, Checker... more) {
        List<Checker> all = new ArrayList<>(base);
        Collections.addAll(all, more);
        return all;
    }

    public static Optional<Spec> find(String name) {
        Spec spec = ALL.get(name);
        if (spec != null) {
            return Optional.of(spec);
        }
        try {
            return bounded(name);
        } catch (IllegalArgumentException badBound) {
            return Optional.empty();
        }
    }

    /** The spec called {@code name}; an {@link IllegalArgumentException} naming the known ones if none. */
    public static Spec named(String name) {
        Spec spec = ALL.get(name);
        if (spec == null) {
            spec = bounded(name).orElse(null);
        }
        if (spec == null) {
            throw new IllegalArgumentException("unknown spec \"" + name + "\" (known: "
                    + String.join(", ", ALL.keySet()) + ")");
        }
        return spec;
    }

    public static List<Spec> all() {
        return List.copyOf(ALL.values());
    }

    private static final String GOSSIP_RUMOR = "gossip-rumor";

    /**
     * {@code gossip-rumor=B}: rumor mongering with a bound B on each rumor's residue, or empty when
     * {@code name} is not of that form.
     */
    private static Optional<Spec> bounded(String name) {
        if (!name.startsWith(GOSSIP_RUMOR + "=")) {
            return Optional.empty();
        }
        String value = name.substring(GOSSIP_RUMOR.length() + 1);
        double bound;
        try {
            bound = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            bound = Double.NaN;
        }
        if (!(bound >= 0 && bound <= 1)) {
            throw new IllegalArgumentException("spec gossip-rumor=B needs a residue bound B between 0 and 1, got \""
                    + value + "\"");
        }
        return Optional.of(new Spec(name, "gossip by rumor mongering, each rumor's residue at most " + value,
                List.of(Convergence.residueAtMost(bound), new NoDuplication(), new NoCreation())));
    }
}
