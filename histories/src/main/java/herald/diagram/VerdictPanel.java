package herald.diagram;

import java.util.List;

/**
 * The top of a diagram page: the spec's verdict, every property with whether it held, and each
 * kept violation numbered (V1, V2, …) in the colour its events are ringed with below.
 */
final class VerdictPanel {

    private VerdictPanel() {
    }

    static void append(StringBuilder page, Judgement judgement) {
        if (!judgement.checked()) {
            page.append("<section class=\"verdict unchecked\"><h2>not checked</h2>\n");
            warnings(page, judgement.warnings());
            page.append("</section>\n");
            return;
        }
        List<Judgement.Property> properties = judgement.properties();
        long violated = properties.stream().filter(p -> !p.held()).count();
        page.append("<section class=\"verdict ").append(judgement.valid() ? "valid" : "invalid").append("\"><h2>")
                .append(Diagram.escape(judgement.spec())).append(": ")
                .append(judgement.valid() ? "valid, every property held"
                        : "INVALID, " + violated + " of " + properties.size() + " properties violated")
                .append("</h2>\n<ul class=\"properties\">\n");
        int number = 0;
        for (Judgement.Property property : properties) {
            page.append("<li><span class=\"name\">").append(Diagram.escape(property.name())).append("</span> ");
            if (property.held()) {
                page.append("<span class=\"held\">held</span></li>\n");
                continue;
            }
            page.append("<span class=\"violated\">violated ").append(property.count())
                    .append(property.count() == 1 ? " time" : " times").append("</span>\n<ol class=\"evidence\">\n");
            for (Judgement.Evidence evidence : property.examples()) {
                page.append("<li data-v=\"").append(number).append("\" title=\"show it in the diagram\">")
                        .append("<span class=\"vbadge\" style=\"background:").append(Diagram.color(number))
                        .append("\">V").append(number + 1).append("</span>")
                        .append(Diagram.escape(evidence.sentence())).append("</li>\n");
                number++;
            }
            long untold = property.count() - property.examples().size();
            if (untold > 0) {
                page.append("<li class=\"more\">… and ").append(untold)
                        .append(" more, not kept").append("</li>\n");
            }
            page.append("</ol></li>\n");
        }
        page.append("</ul>\n");
        warnings(page, judgement.warnings());
        page.append("</section>\n");
    }

    private static void warnings(StringBuilder page, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        page.append("<ul class=\"warnings\">\n");
        for (String warning : warnings) {
            page.append("<li>").append(Diagram.escape(warning)).append("</li>\n");
        }
        page.append("</ul>\n");
    }
}
