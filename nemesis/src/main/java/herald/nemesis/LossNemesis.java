package herald.nemesis;

import java.util.List;

/** Network-wide packet loss with probability p, for the whole fault window. */
final class LossNemesis implements Nemesis {

    static final double DEFAULT = 0.1;

    @Override
    public String name() {
        return "loss";
    }

    @Override
    public String description() {
        return "loses each packet with probability P, independently, while faults last";
    }

    @Override
    public String parameter() {
        return "=P probability in [0,1], default " + DEFAULT;
    }

    @Override
    public void validate(String value) {
        probability(value);
    }

    static double probability(String value) {
        if (value == null) {
            return DEFAULT;
        }
        try {
            double p = Double.parseDouble(value);
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the value
        }
        throw new IllegalArgumentException("loss takes a probability between 0 and 1, got \"" + value + "\"");
    }

    @Override
    public List<ScheduledFault> generate(String value, Generation g) {
        return List.of(new ScheduledFault(0, g.window(), new Loss(probability(value))));
    }
}
