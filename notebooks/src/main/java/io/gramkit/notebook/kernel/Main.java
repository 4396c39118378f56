package io.gramkit.notebook.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the kernel: {@code java -jar gram-kernel.jar CONNECTION_FILE}, as kernel.json says.
 * Everything is ready (JShell warmed up, handlers registered) before the sockets bind, so a
 * client's first request can never reach a kernel that cannot answer it.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println(
                    "usage: java -jar gram-kernel.jar CONNECTION_FILE (Jupyter passes it; see notebooks/install)");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true"); // charts render off-screen, also without a display
        // The kernel framework logs every message at INFO to the terminal running Jupyter, under
        // top-level logger names ("ShellChannel", "Loop-..."): keep warnings only, for every logger.
        Logger.getLogger("").setLevel(Level.WARNING);
        KernelConnectionProperties connection = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));

        GramKernel kernel = new GramKernel();
        kernel.warmUp();
        // Java 17 prints a four-line warning to the kernel's own stderr here (the Jupyter terminal,
        // not a notebook): security managers are going away; see ExitGuard.
        kernel.exitGuarded(ExitGuard.install());

        JupyterConnection sockets = new JupyterConnection(connection);
        kernel.becomeHandlerForConnection(sockets);
        sockets.connect();
        sockets.waitUntilClose();

        // Shut down by Jupyter: the cell thread is a daemon, but JeroMQ's may not be.
        ExitGuard.allowExit();
        System.exit(0);
    }
}
