package herald.measure;

/**
 * The mean and the sample standard deviation of one quantity over the runs where it was defined
 * (rounds until everyone knew, for instance, is undefined in a run where someone never learned).
 *
 * @param mean the mean, NaN when no run defined it
 * @param stddev the sample standard deviation (n - 1 in the denominator), 0 for fewer than 2 runs
 * @param count the number of runs that defined it
 */
public record Statistic(double mean, double stddev, int count) {

    /** Of the values that are not NaN. */
    public static Statistic of(double[] values) {
        double sum = 0;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        if (count == 0) {
            return new Statistic(Double.NaN, Double.NaN, 0);
        }
        double mean = sum / count;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return new Statistic(mean, count < 2 ? 0 : Math.sqrt(squares / (count - 1)), count);
    }

    /** The standard error of the mean: how far the mean may be off from the true one, by chance. */
    public double standardError() {
        return count < 2 ? Double.NaN : stddev / Math.sqrt(count);
    }
}
