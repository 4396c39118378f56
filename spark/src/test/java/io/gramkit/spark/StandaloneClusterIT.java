package io.gramkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.Gram;
import io.gramkit.GramScenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spark standalone cluster as real processes on loopback: a master and two workers started from
 * the resolved Spark jars (a Spark home whose {@code jars/} holds this module's class path), a run
 * whose second worker is killed (kill -9, with its executor) once both executors have work, and every
 * file compared byte for byte with the local engine's.
 */
class StandaloneClusterIT {
    private static final Path MODULE = Path.of("").toAbsolutePath();

    @TempDir
    Path temp;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopCluster() {
        SparkEngine.stop();
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void aRunThatLosesAWorkerWritesTheLocalEnginesFiles() throws Exception {
        Path home = sparkHome();
        int masterPort = freePort();
        String master = "spark://127.0.0.1:" + masterPort;
        start(
                home,
                "master",
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(masterPort),
                "--webui-port",
                Integer.toString(freePort()));
        awaitPort(masterPort, "the master");
        Process first =
                start(home, "worker-1", "org.apache.spark.deploy.worker.Worker", workerArguments(master, "worker-1"));
        Process second =
                start(home, "worker-2", "org.apache.spark.deploy.worker.Worker", workerArguments(master, "worker-2"));

        GramScenario scenario = Gram.load(SparkEngineTest.library("reference-v1.gram"))
                .withPaths(3_000)
                .withSeed(21);
        Path local = scenario.run().writeTo(temp.resolve("local"), false);

        SparkEngine engine = SparkEngine.on(master)
                .withPartitions(24)
                .withSettings(Map.of(
                        "spark.driver.host", "127.0.0.1",
                        "spark.driver.bindAddress", "127.0.0.1",
                        "spark.executor.memory", "768m",
                        "spark.executor.cores", "1"));
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger lost = new AtomicInteger();
        java.util.Set<String> busy = java.util.concurrent.ConcurrentHashMap.newKeySet();
        SparkEngine.context(master, engine.settings()).sc().addSparkListener(new SparkListener() {
            @Override
            public void onTaskStart(SparkListenerTaskStart start) {
                busy.add(start.taskInfo().executorId());
            }

            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.reason() != Success$.MODULE$) {
                    lost.incrementAndGet();
                } else if (busy.size() == 2 && killed.compareAndSet(false, true)) {
                    // Both executors have work (one core each, tasks back to back): kill -9 the second
                    // worker and its executor, a machine lost mid-run.
                    second.descendants().forEach(ProcessHandle::destroyForcibly);
                    second.destroyForcibly();
                }
            }
        });
        Path cluster = scenario.withEngine(engine).run().writeTo(temp.resolve("cluster"), false);

        assertThat(killed).as("a worker was killed mid-run").isTrue();
        assertThat(lost.get())
                .as("tasks lost with the worker, run again on the other")
                .isPositive();
        assertThat(first.isAlive()).isTrue();
        SparkEngineTest.assertSameFiles(local, cluster, "a standalone cluster that lost a worker");
    }

    private String[] workerArguments(String master, String name) throws IOException {
        Path work = Files.createDirectories(temp.resolve(name));
        return new String[] {
            "--host",
            "127.0.0.1",
            "--cores",
            "1",
            "--memory",
            "1g",
            "--webui-port",
            Integer.toString(freePort()),
            "--work-dir",
            work.toString(),
            master
        };
    }

    /** A Spark home for the workers: its jars/ holds every jar of this module's class path, links to the resolved ones. */
    private Path sparkHome() throws IOException {
        Path home = temp.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        List<Path> classPath = new ArrayList<>();
        for (String entry :
                Files.readString(MODULE.resolve("target/classpath.txt")).trim().split(java.io.File.pathSeparator, -1)) {
            classPath.add(Path.of(entry));
        }
        try (var built = Files.newDirectoryStream(MODULE.resolve("target"), "gram-spark-*.jar")) {
            built.forEach(classPath::add);
        }
        for (Path jar : classPath) {
            Path link = jars.resolve(jar.getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, jar.toAbsolutePath());
            }
        }
        return home;
    }

    private Process start(Path home, String name, String mainClass, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("gram.spark.javaOptions", "").split(" ", -1)));
        command.removeIf(String::isEmpty);
        command.addAll(List.of("-Xmx512m", "-cp", home.resolve("jars") + "/*", mainClass));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", home.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                if (socket.isConnected()) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(what + " did not listen on port " + port + " within 60 s");
    }
}
