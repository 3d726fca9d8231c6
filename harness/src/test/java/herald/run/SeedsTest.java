package herald.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SeedsTest {

    @Test
    void aRandomSeedHasSixDigitsAtMostSoThatItCanBeReadOut() {
        assertThat(LongStream.range(0, 10_000).map(k -> Seeds.random())).allSatisfy(seed ->
                assertThat(seed).isBetween(1L, 999_999L));
    }
}
