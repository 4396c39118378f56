package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code --engine}: the command line holds no Spark; without the spark module on the class path
 * (as in gram.jar) {@code --engine spark} is refused with a pointer to bin/gram, and the Spark
 * options need the Spark engine.
 */
class EngineOptionTest {

    @Test
    void withoutTheSparkModuleTheSparkEngineIsRefusedWithAPointerToBinGram() {
        Cli run = Cli.run("run", Cli.reference(), "--paths", "10", "--engine", "spark");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the spark engine is not on the class path", "bin/gram");
    }

    @Test
    void sparkOptionsNeedTheSparkEngine() {
        Cli run = Cli.run("run", Cli.reference(), "--paths", "10", "--master", "local[2]");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--master needs --engine spark");
    }

    @Test
    void anUnknownEngineIsAUsageError() {
        Cli run = Cli.run("run", Cli.reference(), "--paths", "10", "--engine", "flink");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--engine is local or spark, got 'flink'");
    }

    @Test
    void theRulesReviewTakesTheSameEngineOptions() {
        String rules = Cli.repository().resolve("rules/reference").toString();
        Cli library = Cli.run("rules", "diff", rules, rules, "--library", "reference-v1", "--engine", "spark");
        assertThat(library.exitCode()).isEqualTo(2);
        assertThat(library.err()).contains("the spark engine is not on the class path");

        Cli scenario = Cli.run("rules", "diff", rules, rules, Cli.reference(), "--partitions", "3");
        assertThat(scenario.exitCode()).isEqualTo(2);
        assertThat(scenario.err()).contains("--partitions needs --engine spark");

        Cli text = Cli.run("rules", "diff", rules, rules, "--engine", "spark");
        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(text.err()).contains("a text diff runs nothing");
    }
}
