package io.gramkit.golddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every data and calibration code is unique, well formed and listed in docs/gold-models.md. */
class DataCodeCatalogueTest {

    @Test
    void everyCodeIsUniqueAndDocumented() throws IOException {
        assertThat(Arrays.stream(DataCode.values()).map(DataCode::code))
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("D[12]\\d\\d|C1\\d\\d"));
        Path docs = Path.of(System.getProperty("gram.repo", "..")).resolve("docs/gold-models.md");
        String text = Files.readString(docs);
        for (DataCode code : DataCode.values()) {
            assertThat(text).as("docs/gold-models.md lists %s", code.code()).contains("| " + code.code() + " |");
        }
    }
}
