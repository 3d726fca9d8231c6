package herald.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Regressions: what a program's process leaves behind, and what Herald starts it with. */
class NodeProcessTest {

    /** A listener that takes no notice, unless a test overrides what it wants to see. */
    private static class Quiet implements NodeProcess.Listener {
        @Override
        public void line(NodeProcess from, long number, String line) {
        }

        @Override
        public void diagnostic(NodeProcess from, String sentence, boolean often) {
        }

        @Override
        public void exited(NodeProcess from, int code) {
        }

        @Override
        public void failed(NodeProcess from, String what, Throwable cause) {
        }
    }

    private static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    void aProcessThatEndsOnItsOwnTakesItsStdinWriterWithIt() throws Exception {
        String node = "quitter" + ThreadLocalRandom.current().nextInt(1_000_000);
        NodeProcess p = NodeProcess.start(node, List.of("sh", "-c", "exit 3"), null, NodeProcess.Limits.DEFAULT, new Quiet());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (threadAlive("herald-" + node + "-stdin") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(p.alive()).isFalse();
        assertThat(threadAlive("herald-" + node + "-stdin")).isFalse();
    }

    @Test
    void theEndOfAProcessIsToldOnlyAfterEveryLineItWroteBeforeIt() throws Exception {
        List<String> told = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        CountDownLatch ended = new CountDownLatch(1);
        NodeProcess.Listener slow = new Quiet() {
            @Override
            public void line(NodeProcess from, long number, String line) {
                try {
                    Thread.sleep(300);              // the exit comes while the last line is being handled
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                told.add("line " + line);
            }

            @Override
            public void exited(NodeProcess from, int code) {
                told.add("exited " + code);
                ended.countDown();
            }
        };
        NodeProcess p = NodeProcess.start("answers-and-exits", List.of("sh", "-c", "echo init_ok; exit 0"), null,
                NodeProcess.Limits.DEFAULT, slow);
        p.watchExit();
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(told).containsExactly("line init_ok", "exited 0");
    }

    @Test
    void aProcessTheReaperStartsKeepsItsEnvironmentAndItsRedirections() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "echo \"$HERALD_GREETING\"; echo to-stderr >&2");
        builder.environment().put("HERALD_GREETING", "hello from the environment");
        builder.redirectErrorStream(true);
        Process process = Reaper.start(builder);
        String output;
        try (InputStream out = process.getInputStream()) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            out.transferTo(all);
            output = all.toString(StandardCharsets.UTF_8);
        } finally {
            Reaper.kill(process);
        }
        assertThat(output).isEqualTo("hello from the environment\nto-stderr\n");
        assertThat(builder.command()).containsExactly("sh", "-c", "echo \"$HERALD_GREETING\"; echo to-stderr >&2");
    }

    @Test
    void aFailureWhileReadingAProcessIsToldToTheListenerNotLostWithItsThread() throws Exception {
        CountDownLatch told = new CountDownLatch(1);
        String[] what = new String[1];
        NodeProcess.Listener broken = new Quiet() {
            @Override
            public void line(NodeProcess from, long number, String line) {
                throw new IllegalStateException("no route for " + line);
            }

            @Override
            public void failed(NodeProcess from, String whatFailed, Throwable cause) {
                what[0] = whatFailed + ": " + cause.getMessage();
                told.countDown();
            }
        };
        NodeProcess p = NodeProcess.start("talker", List.of("sh", "-c", "echo hello"), null, NodeProcess.Limits.DEFAULT,
                broken);
        try {
            assertThat(told.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(what[0]).isEqualTo("Herald could not handle talker's stdout: no route for hello");
        } finally {
            p.kill();
        }
    }
}
