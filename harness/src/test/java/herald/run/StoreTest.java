package herald.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions: the shards of a campaign ({@code run --shard}) may share a store; runs made at the
 * same moment must each get a directory of their own, and {@code latest} must never go missing.
 */
class StoreTest {

    @TempDir
    Path root;

    @Test
    void runsMadeAtOnceByManyWritersEachGetTheirOwnDirectoryAndLatestPointsAtOneOfThem() throws Exception {
        Store store = new Store(root);
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<List<Path>>> made = new ArrayList<>();
        try {
            for (int w = 0; w < 8; w++) {
                made.add(writers.submit(() -> {
                    List<Path> dirs = new ArrayList<>();
                    for (int k = 0; k < 25; k++) {
                        dirs.add(store.newRun("eager-rb", "seed1"));
                    }
                    return dirs;
                }));
            }
            List<Path> all = new ArrayList<>();
            for (Future<List<Path>> writer : made) {
                all.addAll(writer.get());
            }
            assertThat(all).hasSize(200).doesNotHaveDuplicates().allMatch(Files::isDirectory);
            Path latest = root.resolve("latest");
            assertThat(Files.isSymbolicLink(latest) || Files.isRegularFile(latest)).isTrue();
            Path target = Files.isSymbolicLink(latest) ? root.resolve(Files.readSymbolicLink(latest))
                    : Path.of(Files.readString(latest).strip());
            assertThat(all).contains(target);
            try (Stream<Path> leftovers = Files.list(root)) {
                assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("eager-rb",
                        "latest");
            }
        } finally {
            writers.shutdownNow();
        }
    }
}
