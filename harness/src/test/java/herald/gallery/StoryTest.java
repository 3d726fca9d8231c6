package herald.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.history.Event;
import herald.history.Header;
import herald.history.History;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTest {

    /** n1 broadcasts m; its packet p0 reaches n2 twice; n2 delivers m twice; n1 crashes. */
    private static History history() {
        History.Builder builder = History.builder(Header.of(List.of("n1", "n2")));
        for (Event e : List.of(
                new Event.Broadcast(0, 0, "n1", "m", "v1"),
                new Event.Send(1, 0, "n1", "n2", 0, null),
                new Event.Recv(2, 1_400, "n2", "n1", 0),
                new Event.Deliver(3, 1_400, "n2", "m", "n1", "v1"),
                new Event.Recv(4, 2_000, "n2", "n1", 0),
                new Event.Deliver(5, 2_000, "n2", "m", "n1", "v1"),
                new Event.Crash(6, 1_200_000, "n1", null))) {
            builder.add(e);
        }
        return builder.build();
    }

    private static Story story(String body) {
        return Story.parse("example", "# Example: a title\n\n**Example**: a definition, #{broadcast m}.\n\n" + body,
                history());
    }

    @Test
    void citationsBecomeTheIndicesAndTimesOfTheEventsTheyName() {
        Story story = story("n1 broadcasts (#{broadcast m}) and sends p0 (#{send p0}); it arrives at @{recv p0 1} "
                + "(#{recv p0 1}) and again (#{recv p0 2}); n1 crashes at @{crash n1} (#{crash n1}).");
        assertThat(story.title()).isEqualTo("Example: a title");
        assertThat(story.headline()).isEqualTo("a title");
        assertThat(story.definition()).isEqualTo("**Example**: a definition, #0.");
        assertThat(story.body()).isEqualTo("n1 broadcasts (#0) and sends p0 (#1); it arrives at 1.4 ms (#2) and again "
                + "(#4); n1 crashes at 1.200 s (#6).");
    }

    @Test
    void aCitationOfAnEventTheHistoryLacksStopsTheGalleryNamingIt() {
        assertThatThrownBy(() -> story("n2 crashes (#{crash n2})."))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("herald/gallery/example.md cites {crash n2}, but the history has no such event: the history "
                        + "changed, so the story must be told again");
    }

    @Test
    void aCitationThatMatchesSeveralEventsMustSayWhichOne() {
        assertThatThrownBy(() -> story("n2 delivers (#{deliver n2 m})."))
                .hasMessage("herald/gallery/example.md cites {deliver n2 m}, but it matches 2 events (#3, #5); add which "
                        + "one, e.g. {deliver n2 m 1}: the history changed, so the story must be told again");
        assertThatThrownBy(() -> story("n2 delivers (#{deliver n2 m 3})."))
                .hasMessageStartingWith("herald/gallery/example.md cites {deliver n2 m 3}, but the history has only 2 "
                        + "such events");
    }

    @Test
    void aCitationTheGalleryCannotReadIsNamed() {
        assertThatThrownBy(() -> story("(#{deliver m})")).hasMessage(
                "herald/gallery/example.md: cannot read the citation {deliver m}");
        assertThatThrownBy(() -> story("(#{teleport n1})")).hasMessage(
                "herald/gallery/example.md: cannot read the citation {teleport n1}");
    }

    @Test
    void aStoryWithoutItsTitleOrDefinitionIsRefused() {
        assertThatThrownBy(() -> Story.parse("example", "Just a story.", history()))
                .hasMessageStartingWith("herald/gallery/example.md: a story is a title line");
    }

    @Test
    void everyExhibitHasAStoryOnTheClassPath() {
        for (Exhibit exhibit : Exhibits.all()) {
            assertThat(Story.class.getClassLoader().getResource(Story.resource(exhibit.property())))
                    .as(exhibit.property()).isNotNull();
        }
    }
}
