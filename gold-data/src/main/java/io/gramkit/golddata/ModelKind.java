package io.gramkit.golddata;

import java.util.Arrays;
import java.util.Optional;

/** The models {@code gram calibrate} fits, by the keyword a scenario uses for them. */
public enum ModelKind {
    GBM("gbm"),
    STUDENT_T("student-t"),
    JUMP_DIFFUSION("jump-diffusion"),
    GARCH("garch");

    private final String keyword;

    ModelKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static Optional<ModelKind> of(String keyword) {
        return Arrays.stream(values()).filter(k -> k.keyword.equals(keyword)).findFirst();
    }
}
