package herald.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A command line run in process, with what it printed and its exit code. */
record CommandLine(int exit, String out, String err) {

    static CommandLine run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Herald.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CommandLine(exit, out.toString(), err.toString());
    }
}
