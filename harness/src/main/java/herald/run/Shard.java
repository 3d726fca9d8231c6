package herald.run;

import java.util.ArrayList;
import java.util.List;

/**
 * One machine's share of a campaign: shard {@code i} of {@code n} takes every n-th seed, starting
 * with the i-th. Runs are independent and a seed decides its run, so n machines given the same
 * first seed and number of runs, each with its own shard, run every seed exactly once between them,
 * and their results can simply be put together.
 *
 * @param index which shard, from 1 to {@code count}
 * @param count how many shards the campaign is split into
 */
public record Shard(int index, int count) {

    /** The whole campaign on one machine. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is i/n with 1 <= i <= n, got " + index + "/" + count);
        }
    }

    /** The shard written {@code i/n}, e.g. {@code 2/8}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a shard is written i/n, e.g. 2/8, got \"" + text + "\"");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a shard is written i/n with whole numbers, e.g. 2/8, got \""
                    + text + "\"");
        }
    }

    /** Whether the k-th run of the campaign (counting from 0) is this shard's. */
    public boolean owns(long k) {
        return Math.floorMod(k, count) == index - 1;
    }

    /**
     * Refuses seeds {@code first} … {@code first + runs - 1} when they would go past the largest seed.
     *
     * @throws IllegalArgumentException saying so
     */
    public static void fits(long first, long runs) {
        if (runs > 0 && first > Long.MAX_VALUE - (runs - 1)) {
            throw new IllegalArgumentException("seeds " + first + " and on, " + runs + " of them, would go past the "
                    + "largest seed, " + Long.MAX_VALUE + "; start lower");
        }
    }

    /** This shard's seeds among {@code first}, {@code first + 1}, … {@code first + runs - 1}, in order. */
    public List<Long> seeds(long first, long runs) {
        fits(first, runs);
        List<Long> seeds = new ArrayList<>();
        for (long k = index - 1; k < runs; k += count) {
            seeds.add(first + k);
        }
        return seeds;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
