package herald.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void aPlainNameIsToldAsItIs() {
        assertThat(Names.told("n1-3")).isEqualTo("n1-3");
    }

    @Test
    void aNameThatWouldNotReadAsItselfIsQuoted() {
        assertThat(Names.told("")).isEqualTo("\"\"");
        assertThat(Names.told("a b")).isEqualTo("\"a b\"");
        assertThat(Names.told("\u0000")).isEqualTo("\"\\u0000\"");
    }

    @Test
    void aLongNameIsToldByItsBeginningAndItsLength() {
        assertThat(Names.told("x".repeat(80))).isEqualTo("x".repeat(80));
        assertThat(Names.told("x".repeat(10_000))).isEqualTo("\"" + "x".repeat(60) + "…\" (10000 characters)");
        String pairs = "\uD83D\uDE00".repeat(50);
        assertThat(Names.told(pairs)).isEqualTo("\"" + "\uD83D\uDE00".repeat(30) + "…\" (100 characters)");
        String offByOne = "x" + pairs;
        assertThat(Names.told(offByOne)).isEqualTo("\"x" + "\uD83D\uDE00".repeat(29) + "…\" (101 characters)");
    }
}
