package herald.realtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Processes that only write down what they are told: "crash n1", "recover n1 paused", "pause n2", … */
final class Actions implements ProcessControl {

    final List<String> told = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void crash(String node) {
        told.add("crash " + node);
    }

    @Override
    public void recover(String node, boolean paused) {
        told.add("recover " + node + (paused ? " paused" : ""));
    }

    @Override
    public void pause(String node) {
        told.add("pause " + node);
    }

    @Override
    public void resume(String node) {
        told.add("resume " + node);
    }
}
