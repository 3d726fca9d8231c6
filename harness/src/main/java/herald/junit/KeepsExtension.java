package herald.junit;

import herald.check.Spec;
import herald.check.Specs;
import herald.hunt.Budget;
import herald.hunt.Counterexample;
import herald.hunt.FixedNemesis;
import herald.hunt.Group;
import herald.hunt.Hunt;
import herald.hunt.NemesisMix;
import herald.hunt.Replay;
import herald.hunt.ScenarioSource;
import herald.hunt.Target;
import herald.nemesis.NemesisOptions;
import herald.nemesis.NetworkSemantics;
import herald.node.Node;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.run.FailureModel;
import herald.scenario.Scenario;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs the hunt a {@link Keeps} method describes: once, before the method's body (which may take
 * the {@link Hunt.Search} as a parameter), failing the test with the shrunk counterexample when the
 * hunt finds one.
 */
public final class KeepsExtension implements InvocationInterceptor, ParameterResolver {

    private static final ExtensionContext.Namespace HERALD = ExtensionContext.Namespace.create(KeepsExtension.class);

    /** A hunt's search and, when it found a violation, the counterexample it kept. */
    private record Outcome(Hunt.Search search, Counterexample kept) {
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context) throws Throwable {
        Outcome outcome = outcome(context);
        if (outcome.kept() != null) {
            invocation.skip();
            Assertions.fail(HuntAssertions.failure(outcome.search(), outcome.kept()));
        }
        invocation.proceed();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Hunt.Search.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return outcome(context).search();
    }

    private static Outcome outcome(ExtensionContext context) {
        return context.getStore(HERALD).getOrComputeIfAbsent("outcome", key -> hunt(context), Outcome.class);
    }

    private static Outcome hunt(ExtensionContext context) {
        Keeps keeps = context.getRequiredTestMethod().getAnnotation(Keeps.class);
        if (keeps == null) {
            throw new IllegalStateException(context.getRequiredTestMethod() + " is not annotated @Keeps");
        }
        Class<? extends Node> nodeClass = keeps.node() == Node.class ? null : keeps.node();
        Protocol protocol = protocol(keeps, nodeClass);
        Spec spec = Specs.named(keeps.spec().isEmpty() ? protocol.spec() : keeps.spec());
        Group group = Group.parse(keeps.nodes());
        ScenarioSource source;
        if (keeps.nemesis().isEmpty()) {
            source = new NemesisMix(protocol, group, keeps.broadcasts(), NetworkSemantics.DEFAULT, false);
        } else {
            NemesisOptions nemesis = NemesisOptions.parse(keeps.nemesis());
            for (int n = group.min(); n <= group.max(); n++) {
                FailureModel.refusal(protocol, nemesis, Scenario.nodeNames(n)).ifPresent(why -> {
                    throw new IllegalArgumentException("@Keeps: " + why);
                });
            }
            source = new FixedNemesis(protocol.id(), group, keeps.broadcasts(), nemesis);
        }
        Hunt hunt = new Hunt(new Target(protocol, spec, null), source, keeps.seed(), Budget.tries(keeps.scenarios()));
        Hunt.Search search = hunt.search(Hunt.Progress.NONE);
        return new Outcome(search, HuntAssertions.keep(search, Path.of(keeps.store()), nodeClass));
    }

    private static Protocol protocol(Keeps keeps, Class<? extends Node> nodeClass) {
        if (nodeClass == null) {
            if (keeps.protocol().isEmpty()) {
                throw new IllegalArgumentException("@Keeps needs a protocol id or a node class");
            }
            return Protocols.named(keeps.protocol());
        }
        if (keeps.spec().isEmpty()) {
            throw new IllegalArgumentException("@Keeps(node = " + nodeClass.getSimpleName() + ".class) needs a spec");
        }
        String id = keeps.protocol().isEmpty() ? nodeClass.getSimpleName() : keeps.protocol();
        return Protocol.reference(id, keeps.spec(), "the class " + nodeClass.getName(), Set.of(keeps.assumes()),
                Replay.nodes(nodeClass.getName(), nodeClass.getClassLoader()));
    }
}
