package herald.grade;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.node.StableStorage;
import java.util.List;
import java.util.Random;

/**
 * A graded node, on a budget: every call into it is a step of the run's {@link Budget}, every send
 * and timer it sets is spent from the call's, and whatever its handlers throw is kept, with the
 * stack trace, before it crashes the node as it would anyway. Its context works only inside its
 * own handlers, on the thread that called them: a node that sends, delivers, sets timers or logs
 * from a thread of its own, or after its handler returned, is told so in a sentence, and the
 * call does nothing (the simulator's order of events would not hold otherwise).
 */
final class BudgetedNode implements Node {

    private final Node node;
    private final Budget budget;
    private Context context;
    private String self = "?";

    BudgetedNode(Node node, Budget budget) {
        this.node = node;
        this.budget = budget;
    }

    @Override
    public void init(Context real) {
        this.self = real.self().name();
        this.context = new Counted(real);
        call("init", () -> node.init(context));
    }

    @Override
    public void onBroadcast(Message message) {
        call("onBroadcast", () -> node.onBroadcast(message));
    }

    @Override
    public void onReceive(NodeId from, Packet packet) {
        call("onReceive", () -> node.onReceive(from, packet));
    }

    @Override
    public void onTimer(Object tag) {
        call("onTimer", () -> node.onTimer(tag));
    }

    @Override
    public void onSuspect(NodeId crashed) {
        call("onSuspect", () -> node.onSuspect(crashed));
    }

    private void call(String handler, Runnable body) {
        budget.enter(self, handler);
        try {
            body.run();
        } catch (Budget.Exhausted e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (!(e instanceof VirtualMachineError) || e instanceof StackOverflowError) {
                budget.failed(self, handler, context == null ? 0 : context.now(), e);
            }
            throw e;
        } finally {
            budget.exit();
        }
    }

    /** The node's context, spending from the budget on every send and timer. */
    private final class Counted implements Context {
        private final Context real;

        Counted(Context real) {
            this.real = real;
        }

        @Override
        public NodeId self() {
            return real.self();
        }

        @Override
        public List<NodeId> nodes() {
            return real.nodes();
        }

        /** Refuses {@code call} unless this node's handler is running, on this thread. */
        private void inHandler(String call) {
            Budget.Call now = budget.current();
            if (now != null && now.thread() == Thread.currentThread() && now.node().equals(self)) {
                return;
            }
            String sentence = self + " called " + call + " outside a handler (from thread \""
                    + Thread.currentThread().getName() + "\"" + (now == null ? ", with no handler running" : "")
                    + "): a node may use its context only inside init, onBroadcast, onReceive, onTimer and "
                    + "onSuspect, on the thread that called them";
            budget.misused(sentence);
            throw new IllegalStateException(sentence);
        }

        @Override
        public void send(NodeId to, Packet packet) {
            inHandler("send");
            budget.spend(self);
            real.send(to, packet);
        }

        @Override
        public void deliver(Message message) {
            inHandler("deliver");
            real.deliver(message);
        }

        @Override
        public long setTimer(long delayMicros, Object tag) {
            inHandler("setTimer");
            budget.spend(self);
            return real.setTimer(delayMicros, tag);
        }

        @Override
        public void cancelTimer(long handle) {
            inHandler("cancelTimer");
            real.cancelTimer(handle);
        }

        @Override
        public long now() {
            return real.now();
        }

        @Override
        public Random random() {
            return real.random();
        }

        @Override
        public StableStorage storage() {
            return real.storage();
        }

        @Override
        public void log(String text) {
            inHandler("log");
            real.log(text);
        }
    }
}
