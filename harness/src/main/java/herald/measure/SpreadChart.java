package herald.measure;

import java.util.List;
import java.util.Locale;

/**
 * The picture a class wants to see: the fraction of nodes informed after each round, one curve
 * per measurement (push, pull, push-pull, …) on the same axes. Each curve is the mean over the
 * runs, inside a band from the least to the most informed run; a dashed line marks the round by
 * which theory says everyone knows. A standalone SVG: no scripts, no fonts to fetch.
 */
public final class SpreadChart {

    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#d62728", "#8c564b"};
    private static final int WIDTH = 760;
    private static final int HEIGHT = 460;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private SpreadChart() {
    }

    /** The chart of {@code measurements}, as SVG text. */
    public static String svg(List<Measurement> measurements) {
        int rounds = Math.max(1, measurements.stream().mapToInt(Measurement::longest).max().orElse(1));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(String.format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        GossipExperiment first = measurements.get(0).experiment();
        text(svg, WIDTH / 2.0, 24, "middle", 15, String.format(Locale.ROOT,
                "Fraction informed per round: %,d nodes, %d runs each, fanout %d, %s%s", first.nodes(), first.runs(),
                first.parameters().fanout(), first.parameters().topology().complete() ? "complete graph"
                        : first.parameters().topology() + " topology",
                first.loss() == 0 ? "" : ", loss " + first.loss()));
        axes(svg, rounds);
        text(svg, WIDTH / 2.0, 40, "middle", 11, "lines: mean over the runs; bands: from the least to the most "
                + "informed run; dashed: theory's rounds until all know");
        for (int k = 0; k < measurements.size(); k++) {
            curve(svg, measurements.get(k), rounds, COLOURS[k % COLOURS.length], k, measurements.size());
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static double x(double round, int rounds) {
        return LEFT + round * (WIDTH - LEFT - RIGHT) / rounds;
    }

    private static double y(double fraction) {
        return TOP + (1 - fraction) * (HEIGHT - TOP - BOTTOM);
    }

    private static void axes(StringBuilder svg, int rounds) {
        for (int q = 0; q <= 4; q++) {
            double f = q / 4.0;
            line(svg, x(0, rounds), y(f), x(rounds, rounds), y(f), "#dddddd", "");
            text(svg, LEFT - 8, y(f) + 4, "end", 12, (q * 25) + "%");
        }
        int step = step(rounds);
        for (int r = 0; r <= rounds; r += step) {
            line(svg, x(r, rounds), y(0), x(r, rounds), y(0) + 5, "#333333", "");
            text(svg, x(r, rounds), y(0) + 18, "middle", 12, Integer.toString(r));
        }
        line(svg, x(0, rounds), y(0), x(rounds, rounds), y(0), "#333333", "");
        line(svg, x(0, rounds), y(0), x(0, rounds), y(1), "#333333", "");
        text(svg, x(rounds / 2.0, rounds), HEIGHT - 18, "middle", 13, "round");
        svg.append(String.format(Locale.ROOT, "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" "
                + "transform=\"rotate(-90 18 %.1f)\">fraction of nodes informed</text>%n", y(0.5), y(0.5)));
    }

    /** A round step giving at most about 12 ticks: 1, 2, 5, 10, 20, 50, … */
    static int step(int rounds) {
        int step = 1;
        while (rounds / step > 12) {
            int digits = Integer.toString(step).charAt(0) - '0';
            step = digits == 2 ? step / 2 * 5 : step * 2;
        }
        return step;
    }

    private static void curve(StringBuilder svg, Measurement m, int rounds, String colour, int position,
            int count) {
        int last = m.longest();
        StringBuilder band = new StringBuilder();
        StringBuilder mean = new StringBuilder();
        for (int r = 0; r <= last; r++) {
            Measurement.Band b = m.band(r);
            band.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(r, rounds), y(b.max())));
            mean.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(r, rounds), y(b.mean())));
        }
        for (int r = last; r >= 0; r--) {
            band.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(r, rounds), y(m.band(r).min())));
        }
        svg.append(String.format("<polygon points=\"%s\" fill=\"%s\" fill-opacity=\"0.18\" stroke=\"none\"/>%n",
                band.toString().strip(), colour));
        svg.append(String.format("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                mean.toString().strip(), colour));
        GossipExperiment e = m.experiment();
        Theory.Prediction theory = Theory.roundsToAll(e.parameters(), e.nodes(), e.loss());
        if (theory != null && theory.value() <= rounds) {
            line(svg, x(theory.value(), rounds), y(0), x(theory.value(), rounds), y(1), colour,
                    " stroke-dasharray=\"5,4\"");
        }
        double legendY = y(0) - 14 - 18 * (count - 1 - position);
        double legendX = x(rounds, rounds) - 270;
        line(svg, legendX, legendY - 4, legendX + 24, legendY - 4, colour, " stroke-width=\"3\"");
        String label = e.mode() + (theory == null ? "" : String.format(Locale.ROOT, " (theory: all know by %.1f)",
                theory.value()));
        text(svg, legendX + 30, legendY, "start", 12, label);
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour,
            String extra) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n",
                x1, y1, x2, y2, colour, extra));
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
                x, y, anchor, size, escape(content)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
