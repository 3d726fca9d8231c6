package herald.junit;

import herald.node.Node;
import herald.protocol.Assumption;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that hunts: the protocol keeps its spec under the nemesis for {@link #scenarios}
 * generated scenarios, seeds {@link #seed}, {@link #seed} + 1, …, so the test is deterministic.
 *
 * <pre>
 * &#64;Keeps(protocol = "eager-rb", scenarios = 1000)
 * void eagerReliableBroadcastKeepsItsSpecUnderEveryFaultItAllows() {
 * }
 *
 * &#64;Keeps(node = StudentBroadcast.class, spec = "causal", nemesis = "partition,loss=0.2")
 * void theStudentsBroadcastIsCausal(Hunt.Search search) {
 *     assertThat(search.exercised().runsWith(Exercised.Situation.PARTITION_DURING_BROADCAST)).isPositive();
 * }
 * </pre>
 *
 * <p>When a scenario breaks the spec, the test fails with the shrunk counterexample's first
 * violation, its history file and the command that replays it; the files are kept under
 * {@link #store}{@code /hunt/}. The method's body runs after a hunt that found nothing, and may
 * take the {@link herald.hunt.Hunt.Search} to look at what the scenarios went through.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(KeepsExtension.class)
public @interface Keeps {

    /** The protocol's id, as {@code herald list} shows it; or leave it out and give {@link #node}. */
    String protocol() default "";

    /** A {@link Node} class with a constructor without arguments, for a protocol Herald does not know. */
    Class<? extends Node> node() default Node.class;

    /** The spec; by default the protocol's (needed with {@link #node}). */
    String spec() default "";

    /**
     * The faults of every scenario, as {@code herald run --nemesis} takes them; by default each
     * scenario draws its own mix of the faults the protocol's assumptions allow.
     */
    String nemesis() default "";

    /** What a {@link #node} class assumes of the world; a mix stays within it. */
    Assumption[] assumes() default {Assumption.CRASH_STOP};

    /** How many scenarios. */
    int scenarios() default 100;

    /** Processes per scenario: a number, or a range such as {@code 3..5} to draw from. */
    String nodes() default "3..5";

    /** Broadcasts per scenario. */
    int broadcasts() default 10;

    /** The first seed. */
    long seed() default 1;

    /** Where a counterexample is kept (under {@code hunt/}). */
    String store() default "target/herald";
}
