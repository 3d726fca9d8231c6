package herald.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.check.Spec;
import herald.check.Specs;
import herald.history.Json;
import herald.nemesis.Nemeses;
import herald.nemesis.Nemesis;
import herald.nemesis.NetworkSemantics;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald list}: the protocols, specs and nemeses Herald knows. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the protocols (with the spec each promises), the specs and the nemeses.")
final class ListCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON instead of tables.")
    private boolean json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson()));
            return Exit.VALID;
        }
        out.println("Protocols (id, spec promised, what it is):");
        for (Protocol p : Protocols.all()) {
            if (!p.mutant()) {
                out.printf("  %-20s %-18s %s%n", p.id(), p.spec(), p.description());
            }
        }
        if (Protocols.all().stream().anyMatch(Protocol::mutant)) {
            out.println();
            out.println("Broken protocols, for teaching (id, property it breaks, what is wrong):");
            for (Protocol p : Protocols.all()) {
                if (p.mutant()) {
                    out.printf("  %-23s %-18s %s%n", p.id(), p.breaks(), p.description());
                }
            }
        }
        out.println();
        out.println("Specs (name: properties):");
        for (Spec s : Specs.all()) {
            out.printf("  %-18s %s%n", s.name(), String.join(", ", s.properties()));
        }
        out.println();
        out.println("Nemeses (--nemesis name[=value],...; a bare name takes its defaults):");
        for (Nemesis n : Nemeses.all()) {
            out.printf("  %-10s %s%n  %-10s %s%n", n.name(), n.description(), "", n.parameter());
        }
        out.println();
        out.println("Network semantics (--network word,...; default " + NetworkSemantics.DEFAULT + "):");
        for (String[] word : NETWORK_WORDS) {
            out.printf("  %-15s %s%n", word[0], word[1]);
        }
        return Exit.VALID;
    }

    private static final String[][] NETWORK_WORDS = {
        {"ordered, fifo", "each link delivers its packets in the order they were sent"},
        {"unordered", "later packets may overtake earlier ones (the default)"},
        {"lossy", "packets may be lost to loss and partitions (the default)"},
        {"lossless", "no loss and no partition: only a crashed node misses packets"},
        {"duplicating", "packets may be duplicated (the default)"},
        {"nonduplicating", "no packet is ever duplicated"},
    };

    static ObjectNode toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode protocols = root.putArray("protocols");
        for (Protocol p : Protocols.all()) {
            ObjectNode o = protocols.addObject();
            o.put("id", p.id());
            o.put("spec", p.spec());
            o.put("description", p.description());
            o.put("mutant", p.mutant());
            if (p.mutant()) {
                o.put("breaks", p.breaks());
                o.put("notes", p.notes());
            }
            ArrayNode assumptions = o.putArray("assumptions");
            for (Assumption a : Assumption.values()) {
                if (p.assumes(a)) {
                    assumptions.add(a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                }
            }
        }
        ArrayNode specs = root.putArray("specs");
        for (Spec s : Specs.all()) {
            ObjectNode o = specs.addObject();
            o.put("name", s.name());
            o.put("description", s.description());
            s.properties().forEach(o.putArray("properties")::add);
        }
        ArrayNode nemeses = root.putArray("nemeses");
        for (Nemesis n : Nemeses.all()) {
            ObjectNode o = nemeses.addObject();
            o.put("name", n.name());
            o.put("description", n.description());
            o.put("parameter", n.parameter());
            o.put("fault", n.fault());
        }
        ArrayNode network = root.putArray("network");
        for (String[] word : NETWORK_WORDS) {
            network.addObject().put("word", word[0]).put("description", word[1]);
        }
        return root;
    }
}
