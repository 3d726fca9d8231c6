package herald.grade;

import java.util.ArrayList;
import java.util.List;

/**
 * What a graded class may spend in one run, and what it did wrong. Every call into a node counts
 * one step; a run may take {@link Limits#steps()} steps in all, and one call may send and set
 * timers {@link Limits#callsPerHandler()} times. Past either, the node's calls throw
 * {@link Exhausted}, which crashes it; past the run's budget every node crashes at its next step,
 * so the run ends. Both counts are deterministic: a replay stops at the same step.
 *
 * <p>A handler that never returns makes no calls to count; a watchdog on another thread reads
 * {@link #current()} and stops the JVM it runs in (see {@code BatteryWorker}).
 */
final class Budget {

    /** Thrown into a node whose budget ran out. */
    static final class Exhausted extends RuntimeException {
        Exhausted(String message) {
            super(message, null, false, false);
        }
    }

    /** The call a node is in: which node, which handler, since when (System.nanoTime). */
    record Call(String node, String handler, long since, Thread thread) {
    }

    private final Limits limits;
    private long steps;
    private long calls;
    private String stopped;
    private final List<String> failures = new ArrayList<>();
    private final List<String> traces = new ArrayList<>();
    private volatile Call current;
    private volatile String misuse;
    private Call lastCall;

    Budget(Limits limits) {
        this.limits = limits;
    }

    /** A node starts a call; throws {@link Exhausted} once the run's steps are spent. */
    void enter(String node, String handler) {
        lastCall = new Call(node, handler, System.nanoTime(), Thread.currentThread());
        current = lastCall;
        calls = 0;
        steps++;
        if (steps > limits.steps()) {
            if (stopped == null) {
                stopped = "the run took more than " + limits.steps() + " steps (calls into the nodes) and was "
                        + "stopped: a livelock, such as a timer that fires again at once or packets that breed packets";
            }
            current = null;
            throw new Exhausted("the run's step budget is spent");
        }
    }

    /** Code of the submission runs outside any handler (a constructor): watched, not counted. */
    void watch(String node, String what) {
        lastCall = new Call(node, what, System.nanoTime(), Thread.currentThread());
        current = lastCall;
    }

    void exit() {
        current = null;
    }

    /** A node used its context outside its own handler: the first such sentence is kept. */
    synchronized void misused(String sentence) {
        if (misuse == null) {
            misuse = sentence;
        }
    }

    /** The first use of a context outside a handler, as a sentence, or null. */
    String misuse() {
        return misuse;
    }

    /** A node sends or sets a timer; throws {@link Exhausted} past the budget of one call. */
    void spend(String node) {
        calls++;
        if (calls > limits.callsPerHandler()) {
            if (stopped == null) {
                Call call = lastCall;
                stopped = node + "'s " + (call == null ? "handler" : call.handler()) + " sent or set timers more than "
                        + limits.callsPerHandler() + " times in one call and was stopped";
            }
            throw new Exhausted("the call's budget of sends and timers is spent");
        }
    }

    /** A handler threw: remembered with its stack trace for the report. */
    void failed(String node, String handler, long time, Throwable t) {
        failures.add(node + " crashed at " + time / 1000.0 + " ms: its " + handler + " threw " + t);
        traces.add(node + " " + handler + " at " + time / 1000.0 + " ms: " + trace(t));
    }

    /**
     * A stack trace as a student reads it: the exception, its frames down to where Herald called
     * the node (the simulator's frames below say nothing about the bug), and its causes.
     */
    static String trace(Throwable t) {
        StringBuilder text = new StringBuilder(t.toString()).append('\n').append(frames(t.getStackTrace()));
        for (Throwable cause = t.getCause(); cause != null && cause != t; cause = cause.getCause()) {
            text.append("Caused by: ").append(cause).append('\n').append(frames(cause.getStackTrace()));
        }
        return text.toString();
    }

    /** The frames above Herald's call into the node, at most 40, one per line. */
    static String frames(StackTraceElement[] stack) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(BudgetedNode.class.getName()) || frame.getClassName()
                    .startsWith(BudgetedNode.class.getName() + "$")) {
                break;
            }
            if (shown++ == 40) {
                text.append("\t...\n");
                break;
            }
            text.append("\tat ").append(frame.getClassName()).append('.').append(frame.getMethodName()).append('(')
                    .append(frame.getFileName() == null ? "Unknown Source" : frame.getFileName()
                            + (frame.getLineNumber() >= 0 ? ":" + frame.getLineNumber() : ""))
                    .append(")\n");
        }
        return text.toString();
    }

    /** Why the run was stopped, or null. */
    String stopped() {
        return stopped;
    }

    /** One sentence per handler that threw. */
    List<String> failures() {
        return failures;
    }

    List<String> traces() {
        return traces;
    }

    /** The call in progress, or null between calls. */
    Call current() {
        return current;
    }

    /** The last call that started, even if it is over. */
    Call lastCall() {
        return lastCall;
    }

    Limits limits() {
        return limits;
    }
}
