package io.gramkit.notebook.kernel;

import java.security.Permission;
import java.util.concurrent.ForkJoinPool;

/**
 * Keeps {@code System.exit} in a cell from ending the kernel. Cells run in the kernel's JVM, so
 * an exit anywhere (a cell, or a library a cell calls, such as the command line's main) would
 * kill it. A SecurityManager is the one hook that sees every exit; it is deprecated since Java
 * 17 but works there (and on 18-23 with {@code -Djava.security.manager=allow}, which kernel.json
 * passes). It allows everything else. Where the JDK refuses one, the kernel falls back to
 * refusing cells whose source calls exit ({@link GramKernel}).
 */
@SuppressWarnings("removal")
final class ExitGuard extends SecurityManager {
    private static volatile boolean exitAllowed;

    /** Thrown into the code that asked to exit. */
    static final class ExitRefused extends SecurityException {
        private static final long serialVersionUID = 1L;

        ExitRefused(int status) {
            super("System.exit(" + status + ") was refused: it would stop the kernel; to start afresh use "
                    + "Kernel > Restart");
        }
    }

    private ExitGuard() {}

    /** Installs the guard; false when this JDK no longer allows it. */
    static boolean install() {
        // The common pool reads the security manager once, when it is created: create it first, so
        // its workers stay ordinary threads (with one installed they lose the context class loader).
        ForkJoinPool.commonPool();
        try {
            System.setSecurityManager(new ExitGuard());
            return true;
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Lets the kernel itself exit when Jupyter shuts it down. */
    static void allowExit() {
        exitAllowed = true;
    }

    @Override
    public void checkExit(int status) {
        if (!exitAllowed) {
            throw new ExitRefused(status);
        }
    }

    @Override
    public void checkPermission(Permission permission) {
        // Everything is allowed except removing this guard.
        if (!exitAllowed
                && permission instanceof RuntimePermission
                && permission.getName().equals("setSecurityManager")) {
            throw new SecurityException("the Gram kernel's exit guard cannot be replaced");
        }
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        checkPermission(permission);
    }
}
