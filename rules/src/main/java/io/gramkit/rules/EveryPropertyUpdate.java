package io.gramkit.rules;

import org.drools.core.RuleBaseConfiguration;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.common.PhreakPropagationContext;
import org.drools.core.common.PropagationContext;
import org.drools.core.reteoo.EntryPointNode;
import org.drools.core.reteoo.ObjectTypeConf;
import org.drools.kiesession.entrypoints.NamedEntryPoint;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.drools.util.bitmask.LongBitMask;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Puts one session's daily facts in and, on every later day, tells the session that each changed
 * in every property: what {@code update(handle, fact)} means, at a fraction of its cost.
 *
 * <p>Two costs of Drools' own update are avoided, both measured with JDK Flight Recorder in the
 * 100,000-path reference run (docs/benchmarks.md). {@code update(handle, fact)} propagates Drools'
 * {@code AllSetButLastBitMask}, whose {@code intersects} tests two interfaces before it reaches the
 * node's mask; on JDK 17 each failed interface test walks the class's secondary supertypes
 * (JDK-8180450, fixed in JDK 23). A {@code LongBitMask} with every bit set answers every node the
 * same way ({@code isAllSet()} is true, so empty and open-bit-set node masks still react) with a
 * class test instead; each update gets its own, because Drools' masks are mutable. And the entry
 * point looked the fact's type configuration up again on every update, behind two more interface
 * tests: here it is kept per fact class.
 *
 * <p>What is left is the entry point's update step for step, for the case a simulation session is
 * always in: a session that is not thread-safe (so nothing is queued or locked), its default entry
 * point, facts of the same object (so the fact store keeps its entry), identity equality, no
 * events and no truth maintenance (checked per type; a type with it takes Drools' own path). The
 * fact's recency is still advanced, for rules with {@code lock-on-active} or an activation group,
 * and object listeners still hear of the update. Any other session is updated through the public
 * API. EveryPropertyUpdateTest and the byte-identical library runs (docs/benchmarks.md) hold it to
 * Drools' own result.
 */
final class EveryPropertyUpdate {
    private final KieSession session;
    /** The session when the direct path applies, else null. */
    private final StatefulKnowledgeSessionImpl direct;

    private final NamedEntryPoint entryPoint;
    private final EntryPointNode node;
    /** The type configuration of the class last updated: a session's daily facts are one or two classes. */
    private Class<?> lastClass;

    private ObjectTypeConf lastConf;

    EveryPropertyUpdate(KieSession session) {
        this.session = session;
        if (session instanceof StatefulKnowledgeSessionImpl impl
                && !impl.isThreadSafe()
                && RuleBaseConfiguration.AssertBehaviour.IDENTITY.equals(
                        impl.getKnowledgeBase().getRuleBaseConfiguration().getAssertBehaviour())
                && impl.getEntryPoint("DEFAULT") instanceof NamedEntryPoint named) {
            this.direct = impl;
            this.entryPoint = named;
            this.node = named.getEntryPointNode();
        } else {
            this.direct = null;
            this.entryPoint = null;
            this.node = null;
        }
    }

    /** Whether updates take the direct path (for tests: the kit's sessions must). */
    boolean direct() {
        return direct != null;
    }

    /**
     * Puts a refreshed daily fact into the session: inserts it the first time ({@code handle}
     * null), updates it after; returns its handle.
     */
    FactHandle put(FactHandle handle, Object fact) {
        if (handle == null) {
            return session.insert(fact);
        }
        if (direct == null || !(handle instanceof InternalFactHandle internal) || internal.getObject() != fact) {
            session.update(handle, fact);
            return handle;
        }
        if (fact.getClass() != lastClass) {
            lastConf = entryPoint.getObjectTypeConfigurationRegistry().getObjectTypeConf(fact);
            lastClass = fact.getClass();
        }
        if (lastConf.isTMSEnabled() || internal.isDisconnected() || internal.isEvent()) {
            ((StatefulKnowledgeSessionImpl) session).update(handle, fact, new LongBitMask(-1L), Object.class, null);
            return handle;
        }
        direct.getFactHandleFactory().increaseFactHandleRecency(internal);
        PropagationContext context = new PhreakPropagationContext(
                direct.getNextPropagationIdCounter(),
                PropagationContext.Type.MODIFICATION,
                null,
                null,
                internal,
                entryPoint.getEntryPoint(),
                new LongBitMask(-1L),
                Object.class,
                null);
        node.modifyObject(internal, context, lastConf, direct);
        direct.getRuleRuntimeEventSupport().fireObjectUpdated(context, internal, fact, fact, direct);
        return handle;
    }
}
