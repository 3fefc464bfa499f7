package io.platform.delivery;

import io.platform.config.BuiltInAlarm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's alarm table is the code's: rendered from {@link BuiltInAlarm} (defaults, scope, severity)
 * and compared with the block between its markers. On a mismatch the expected block is written to
 * {@code target/alarm-table.md} to paste.
 */
class AlarmTableTest {
    static final String BEGIN = "<!-- BEGIN generated alarm table -->";
    static final String END = "<!-- END generated alarm table -->";

    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("| id | for | metric | alarm when | period × evaluations | severity | no data |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (BuiltInAlarm a : BuiltInAlarm.values()) {
            String threshold = a.derivedFrom().isEmpty() ? a.unit().format(a.threshold()) : a.derivedFrom();
            String missing = a.missingData(false) == a.missingData(true) ? a.missingData(false).configName()
                    : "breaching (missing with `autoShutdown`)";
            out.append("| `").append(a.id()).append("` | ").append(a.scope().words()).append(" | ")
                    .append(a.namespace()).append(" ").append(a.metric()).append(" | ").append(a.statistic())
                    .append(" ").append(a.comparison().symbol()).append(" ").append(threshold).append(" | ")
                    .append(a.periodSeconds()).append(" s × ").append(a.evaluationPeriods()).append(" | ")
                    .append(a.severity().configName()).append(" | ").append(missing).append(" |\n");
        }
        return out.toString();
    }

    @Test
    void theReadmeAlarmTableIsRenderedFromTheCatalogue() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String expected = render();
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        String actual = begin < 0 || end < 0 ? "" : readme.substring(begin + BEGIN.length() + 1, end);
        if (!actual.equals(expected)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/alarm-table.md"), BEGIN + "\n" + expected + END + "\n");
        }
        assertThat(actual).isEqualTo(expected);
        // Every id a reader knows appears once in the table, so tuning keys in the docs are real.
        for (BuiltInAlarm a : BuiltInAlarm.values()) {
            assertThat(actual).containsOnlyOnce("| `" + a.id() + "` |");
        }
    }
}
