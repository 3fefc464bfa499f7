package io.platform.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stack files are read as the Pulumi CLI reads them: YAML 1.2, no duplicate keys, only the stack file's keys. */
class StackFileReaderTest {
    @TempDir
    Path dir;

    private RawConfig read(String from, String to) throws IOException {
        String text = Files.readString(Path.of("Pulumi.staging.yaml"));
        assertThat(text).contains(from);
        Path file = dir.resolve("Pulumi.staging.yaml");
        Files.writeString(file, text.replace(from, to));
        return RawConfig.fromStackFile(file, "platform", "staging");
    }

    private StackConfig load(String from, String to) throws IOException {
        return StackConfigLoader.load(read(from, to));
    }

    @Test
    void yesIsAStringInYaml12SoABooleanKeyRefusesIt() {
        assertThatThrownBy(() -> load("        worker: true", "        worker: yes"))
                .hasMessage("platform:compute.services[1].worker: 'yes' is not a boolean; allowed: true, false "
                        + "(YAML 1.2, as Pulumi reads it, takes yes as a string)");
        assertThatThrownBy(() -> load("        worker: true", "        worker: on"))
                .hasMessage("platform:compute.services[1].worker: 'on' is not a boolean; allowed: true, false "
                        + "(YAML 1.2, as Pulumi reads it, takes on as a string)");
    }

    @Test
    void topLevelScalarsKeepTheirLiteralTextAsPulumiPassesThem() throws IOException {
        RawConfig raw = read("  platform:costCenter: CC-1001", "  platform:costCenter: 0o17\n  platform:owner2: 1.10");
        assertThat(raw.values()).containsEntry("platform:costCenter", "0o17").containsEntry("platform:owner2", "1.10");
    }

    @Test
    void nestedValuesAreTypedByTheYaml12CoreSchema() throws IOException {
        RawConfig raw = read("    azCount: 3", "    azCount: 0x3");
        assertThat(raw.values().get("platform:network")).contains("\"azCount\":3");
        assertThat(StackConfigLoader.load(raw).network().azCount()).isEqualTo(3);
    }

    @Test
    void aDuplicateKeyIsRefusedWithBothLines() {
        assertThatThrownBy(() -> load("    azCount: 3\n", "    azCount: 3\n    azCount: 2\n"))
                .hasMessage("platform:network.azCount: is given twice in Pulumi.staging.yaml (lines 14 and 15); keep one");
        assertThatThrownBy(() -> load("  platform:owner: platform-team\n",
                "  platform:owner: platform-team\n  platform:owner: other-team\n"))
                .hasMessage("platform:owner: is given twice in Pulumi.staging.yaml (lines 7 and 8); keep one");
    }

    @Test
    void aMisspeltTopLevelKeyIsRefusedNotReadAsAnEmptyConfig() {
        assertThatThrownBy(() -> load("\nconfig:\n", "\nconfg:\n"))
                .hasMessage("confg: is not a key of a Pulumi stack file (did you mean config?); allowed: config, "
                        + "encryptedkey, encryptionsalt, environment, mainEnvironment, secretsprovider "
                        + "(Pulumi.staging.yaml line 5)");
    }

    @Test
    void escEnvironmentsCannotBeResolvedOffline() {
        assertThatThrownBy(() -> load("\nconfig:\n", "\nenvironment:\n  - platform/staging\nconfig:\n"))
                .hasMessage("environment: imports Pulumi ESC environments, which the offline plan cannot read; run "
                        + "pulumi preview, or copy the values into config:");
    }

    @Test
    void aSyntaxErrorIsOneLineWithFileLineAndColumn() {
        assertThatThrownBy(() -> load("    azCount: 3", "    azCount: 3: 4"))
                .hasMessage("Pulumi.staging.yaml:14:15: is not valid YAML: mapping values are not allowed here")
                .message().doesNotContain("\n");
        assertThatThrownBy(() -> load("    azCount: 3", "\tazCount: 3"))
                .message().startsWith("Pulumi.staging.yaml:14:1: is not valid YAML: ").doesNotContain("\n");
    }

    @Test
    void aKeyWithTwoNamespacesIsRefused() {
        assertThatThrownBy(() -> load("  platform:owner:", "  platform:team:owner:"))
                .hasMessage("platform:team:owner: is not a config key; expected <namespace>:<name>, e.g. platform:owner");
    }
}
