package io.gramkit.notebook.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs cell code inside the kernel's JVM, so the kit's classes (and Drools' view of them) come
 * from the kernel's class path, and cells get the real objects they computed, not strings.
 * <p>
 * Code runs on one dedicated thread. {@link #stop()} interrupts it: the simulator checks the
 * interrupt flag every day and throws {@code CancellationException}. Code that ignores
 * interrupts (a busy loop) is stopped with {@code Thread.stop} after {@link #GRACE_MILLIS}.
 */
final class CellExecutionControl extends DirectExecutionControl {
    static final long GRACE_MILLIS = 3_000;
    private static final Object NULL = new Object();

    private final Object lock = new Object();
    private final ExecutorService cellThread;
    private final ScheduledExecutorService watchdog;
    private final Map<String, Object> results = new ConcurrentHashMap<>();
    private final AtomicLong nextKey = new AtomicLong();
    private volatile Thread thread;
    private long runningTask; // guarded by lock; 0 when no cell code runs
    private long lastTask; // guarded by lock
    private volatile Throwable lastThrown;
    private volatile boolean lastInterrupted;

    CellExecutionControl() {
        cellThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "gram-cell");
            t.setDaemon(true);
            thread = t;
            return t;
        });
        watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "gram-cell-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** Hands this control to JShell. */
    ExecutionControlProvider provider() {
        CellExecutionControl control = this;
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "gram-cell";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return control;
            }
        };
    }

    /**
     * Runs a snippet and returns a key to its value instead of the value's text: JShell passes
     * the key on as the snippet's value, and the kernel takes the object with {@link #takeResult}.
     */
    @Override
    protected String invoke(Method doit) throws Exception {
        lastThrown = null;
        lastInterrupted = false;
        Future<Object> task = cellThread.submit(() -> {
            synchronized (lock) {
                runningTask = ++lastTask;
            }
            try {
                return doit.invoke(null);
            } finally {
                synchronized (lock) {
                    runningTask = 0;
                    Thread.interrupted(); // an interrupt meant for this cell must not reach the next one
                }
            }
        });
        Object value;
        try {
            value = task.get();
        } catch (ExecutionException e) {
            // JShell turns an InvocationTargetException into the user's exception; keep the original too.
            if (e.getCause() instanceof InvocationTargetException thrown) {
                lastThrown = thrown.getCause();
                throw thrown;
            }
            throw e;
        }
        String key = "gram-result-" + nextKey.incrementAndGet();
        results.put(key, value == null ? NULL : value);
        return key;
    }

    /** The value of the snippet that returned {@code key}; null for a void or null result. */
    Object takeResult(String key) {
        Object value = results.remove(key);
        return value == NULL ? null : value;
    }

    /** Drops values nobody took (declarations), so they are not kept alive by the kernel. */
    void forgetResults() {
        results.clear();
    }

    /** What the last snippet threw, with its type and causes intact, or null. */
    Throwable lastThrown() {
        return lastThrown;
    }

    /** Whether the last snippet was interrupted while it ran (whatever it then threw). */
    boolean lastInterrupted() {
        return lastInterrupted;
    }

    /** Interrupts running cell code; forces it to stop if it is still running after the grace period. */
    @Override
    public void stop() {
        long task;
        synchronized (lock) {
            task = runningTask;
            if (task == 0) {
                return;
            }
            lastInterrupted = true;
            thread.interrupt();
        }
        // Nothing waits for the forced stop: it only acts if the same task is still running.
        Future<?> unused = watchdog.schedule(() -> forceStop(task), GRACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void forceStop(long task) {
        synchronized (lock) {
            if (runningTask != task) {
                return;
            }
            try {
                // Deprecated for good reason, but the only way to end a loop that ignores interrupts
                // without losing the kernel's state; removed in later JDKs (then only the interrupt works).
                thread.stop();
            } catch (UnsupportedOperationException e) {
                System.err.println("gram kernel: this JDK cannot force a cell to stop; restart the kernel");
            }
        }
    }

    @Override
    public void close() {
        cellThread.shutdownNow();
        watchdog.shutdownNow();
    }
}
