package herald.grade;

import herald.broadcast.EagerReliableBroadcast;
import herald.grade.junit.HeraldBattery;

/**
 * What a course repository's test looks like: the class and the spec it must keep. Surefire runs
 * it like any test class, one test per scenario; this one grades a part of the battery, as a
 * student might while developing.
 */
class EagerReliableBroadcastGradeTest extends HeraldBattery {

    EagerReliableBroadcastGradeTest() {
        super(EagerReliableBroadcast.class, "reliable");
    }

    @Override
    protected String scenarios() {
        return "no-faults,partition-halves,crash";
    }
}
