package herald.nemesis;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A nemesis that meddles with packets (loses, duplicates or reorders them) for a while, then
 * stops, and again: on every link, or on the links named after an {@code @}, as in
 * {@code loss=0.3@n1-n2}.
 */
final class PacketNemesis implements Nemesis {

    private final String name;
    private final String fault;
    private final String description;
    private final String parameter;
    private final BiFunction<String, List<Link>, Fault> make;

    /**
     * @param make the fault for a value (null when bare, meaning the default) and the links (empty
     *     for all); throws {@link IllegalArgumentException} for a bad value
     */
    PacketNemesis(String name, String fault, String description, String parameter,
            BiFunction<String, List<Link>, Fault> make) {
        this.name = name;
        this.fault = fault;
        this.description = description;
        this.parameter = parameter;
        this.make = make;
    }

    static PacketNemesis loss() {
        return new PacketNemesis("loss", "loss",
                "loses each packet with probability P, independently, for a while, and again",
                "=P probability in [0,1], default 0.1; @LINKS or =P@LINKS only on links n1-n2+n3>n4",
                (value, links) -> new Loss(Parameters.probability("loss", value, Loss.DEFAULT_P), links));
    }

    static PacketNemesis duplicate() {
        return new PacketNemesis("dup", "duplicate",
                "duplicates each packet with probability P (the copy arrives later), for a while, and again",
                "=P probability in [0,1], default 0.05; @LINKS or =P@LINKS only on links n1-n2+n3>n4",
                (value, links) -> new Duplicate(Parameters.probability("dup", value, Duplicate.DEFAULT_P), links));
    }

    static PacketNemesis reorder() {
        return new PacketNemesis("reorder", "reorder",
                "delays each packet by a random extra in [0, SPREAD], so later packets overtake earlier ones",
                "=SPREAD duration, default 10ms; @LINKS or =SPREAD@LINKS only on links n1-n2+n3>n4",
                (value, links) -> new Reorder(Parameters.duration("reorder", value, Reorder.DEFAULT_SPREAD), links));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String fault() {
        return fault;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String parameter() {
        return parameter;
    }

    @Override
    public void validate(String value) {
        make(value);
    }

    private Fault make(String value) {
        Parameters.Targeted t = Parameters.Targeted.parse(value);
        return make.apply(t.value(), t.target() == null ? List.of() : Link.parseAll(t.target()));
    }

    @Override
    public boolean losesPackets(String value) {
        return make(value).losesPackets();
    }

    @Override
    public List<ScheduledFault> generate(String value, Generation g) {
        Fault f = make(value);
        return g.recurring(() -> f);
    }
}
