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
 * stack trace, before it crashes the node as it would anyway.
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

        @Override
        public void send(NodeId to, Packet packet) {
            budget.spend(self);
            real.send(to, packet);
        }

        @Override
        public void deliver(Message message) {
            real.deliver(message);
        }

        @Override
        public long setTimer(long delayMicros, Object tag) {
            budget.spend(self);
            return real.setTimer(delayMicros, tag);
        }

        @Override
        public void cancelTimer(long handle) {
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
            real.log(text);
        }
    }
}
