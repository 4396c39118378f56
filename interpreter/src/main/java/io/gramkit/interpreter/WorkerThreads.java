package io.gramkit.interpreter;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** What the engines that run paths on this machine's threads share about those threads. */
public final class WorkerThreads {
    private WorkerThreads() {}

    /** Daemon threads named {@code prefix-1, prefix-2, ...}: a run left behind never keeps the JVM up. */
    public static ThreadFactory daemons(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Waits for tasks that may still run, ignoring their outcome and any interrupt meanwhile (then
     * restoring it): their rule sessions must not be closed under them.
     */
    public static void finishQuietly(List<? extends Future<?>> futures) {
        boolean interrupted = Thread.interrupted();
        for (Future<?> future : futures) {
            while (true) {
                try {
                    future.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | CancellationException e) {
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
