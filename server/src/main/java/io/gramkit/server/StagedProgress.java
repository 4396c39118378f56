package io.gramkit.server;

import io.gramkit.RunProgress;

/**
 * The progress of a job made of several simulations in turn (a sweep's points, a comparison's two
 * runs, a reverse stress test's sizes), told to the job as one fraction. A simulation's days count
 * up from 0, so a day lower than the last one told means the next simulation began. The job's
 * progress is passed on as {@code (done, SCALE)}: a fraction in the shape {@link RunProgress} takes.
 */
final class StagedProgress implements RunProgress {
    static final int SCALE = 1_000_000;

    private final int stages;
    private final RunProgress job;
    private int stage;
    private int lastDay = -1;

    private StagedProgress(int stages, RunProgress job) {
        this.stages = Math.max(1, stages);
        this.job = job;
    }

    /** {@code stages} simulations expected; more (a reverse test's bisections) stay just below 100%. */
    static StagedProgress of(int stages, RunProgress job) {
        return new StagedProgress(stages, job);
    }

    @Override
    public synchronized void onDay(int day, int horizonDays) {
        if (day < lastDay) {
            stage++;
        }
        lastDay = day;
        double within = horizonDays == 0 ? 1.0 : (double) day / horizonDays;
        double overall = Math.min(0.99, (Math.min(stage, stages - 1) + within) / stages);
        job.onDay((int) Math.round(overall * SCALE), SCALE);
    }
}
