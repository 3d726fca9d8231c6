package herald.cli;

import herald.maelstrom.NodeProgram;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald node}: one node of a Herald protocol as a program speaking Maelstrom's protocol. */
@Command(name = "node", mixinStandardHelpOptions = true,
        description = {"Runs one node of a Herald protocol as a standalone program speaking Maelstrom's protocol: "
                + "one JSON message per line on stdin and stdout (init, topology, broadcast, read), the "
                + "protocol's packets as messages to the other nodes, logs on stderr.",
            "Grade it with herald grade --bin, or run it under Maelstrom: "
                + "maelstrom test -w broadcast --bin ./herald-node (a script running ./herald node --protocol P)."})
final class NodeCommand implements Callable<Integer> {

    @Option(names = "--protocol", paramLabel = "P", required = true, description = "The protocol's id (see herald list).")
    private String protocolId;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "The seed of the node's random numbers, mixed with its place in the group (default 0).")
    private long seed;

    @Override
    public Integer call() throws InterruptedException {
        Protocol protocol = Protocols.named(protocolId);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream log = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return new NodeProgram(protocol, seed, System.in, out, log).run();
    }
}
