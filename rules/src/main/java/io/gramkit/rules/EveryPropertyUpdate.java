package io.gramkit.rules;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.drools.util.bitmask.LongBitMask;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Puts a daily fact into a session and, on every later day, tells the session that it changed in
 * every property: what {@code update(handle, fact)} means, at half the cost on JDK 17.
 *
 * <p>{@code KieSession.update(handle, fact)} propagates Drools' {@code AllSetButLastBitMask}, whose
 * {@code intersects} tests two interfaces before it reaches the node's {@code LongBitMask}; on
 * JDK 17 each failed interface test walks the class's secondary supertypes (JDK-8180450, fixed in
 * JDK 23), and a profile put about a third of the simulation loop there. A {@code LongBitMask} with
 * every bit set answers every node the same way (its {@code isAllSet()} is true, so empty and
 * open-bit-set node masks still react) with a class test instead. Each update gets its own mask
 * because Drools' masks are mutable.
 */
final class EveryPropertyUpdate {
    private EveryPropertyUpdate() {}

    /**
     * Puts a refreshed daily fact into the session: inserts it the first time ({@code handle}
     * null), updates it after; returns its handle.
     */
    static FactHandle put(KieSession session, FactHandle handle, Object fact) {
        if (handle == null) {
            return session.insert(fact);
        }
        if (session instanceof StatefulKnowledgeSessionImpl impl) {
            impl.update(handle, fact, new LongBitMask(-1L), Object.class, null);
        } else {
            session.update(handle, fact);
        }
        return handle;
    }
}
