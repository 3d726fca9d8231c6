package herald.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void theShardsOfACampaignRunEverySeedExactlyOnce() {
        List<Long> all = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            all.addAll(new Shard(i, 3).seeds(100, 10));
        }
        assertThat(all).containsExactlyInAnyOrder(100L, 101L, 102L, 103L, 104L, 105L, 106L, 107L, 108L, 109L);
        assertThat(new Shard(2, 3).seeds(100, 10)).containsExactly(101L, 104L, 107L);
    }

    @Test
    void aShardOwnsEveryNthRunStartingWithItsOwn() {
        Shard shard = Shard.parse("2/4");
        assertThat(shard.owns(1)).isTrue();
        assertThat(shard.owns(5)).isTrue();
        assertThat(shard.owns(0)).isFalse();
        assertThat(shard.owns(2)).isFalse();
    }

    @Test
    void aShardWithMoreMachinesThanRunsMayHaveNone() {
        assertThat(new Shard(5, 8).seeds(1, 3)).isEmpty();
        assertThat(Shard.ALL.seeds(7, 2)).containsExactly(7L, 8L);
    }

    @Test
    void aBadShardIsRefusedWithTheWayToWriteOne() {
        assertThatThrownBy(() -> Shard.parse("3")).hasMessage("a shard is written i/n, e.g. 2/8, got \"3\"");
        assertThatThrownBy(() -> Shard.parse("0/4")).hasMessage("a shard is i/n with 1 <= i <= n, got 0/4");
        assertThatThrownBy(() -> Shard.parse("5/4")).hasMessage("a shard is i/n with 1 <= i <= n, got 5/4");
        assertThatThrownBy(() -> Shard.parse("a/b")).hasMessageStartingWith("a shard is written i/n with whole numbers");
    }
}
