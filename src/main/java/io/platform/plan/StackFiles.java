package io.platform.plan;

import io.platform.config.RawConfig;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the project ({@code Pulumi.yaml}) and a stack's config file the way the Pulumi CLI does. */
final class StackFiles {
    private StackFiles() {
    }

    static String projectName(Path projectDir) {
        Path file = projectDir.resolve("Pulumi.yaml");
        if (!Files.isRegularFile(file)) {
            throw new PlanException("no Pulumi.yaml in " + projectDir.toAbsolutePath().normalize()
                    + "; run the plan from the repository root or pass --project-dir");
        }
        Object project;
        try {
            // YAML 1.2, as the Pulumi CLI reads it.
            project = new Load(LoadSettings.builder().setSchema(new CoreSchema()).setLabel("Pulumi.yaml").build())
                    .loadFromString(Files.readString(file));
        } catch (IOException | YamlEngineException e) {
            throw new PlanException(file + " cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(project instanceof Map<?, ?> map) || !(map.get("name") instanceof String name)) {
            throw new PlanException(file + " has no 'name'");
        }
        return name;
    }

    static RawConfig load(Path projectDir, String stack, Path configFile) {
        String project = projectName(projectDir);
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) {
                throw new PlanException("config file " + configFile + " does not exist");
            }
            String stackName = stack != null ? stack : RawConfig.stackNameOf(configFile);
            if (stackName == null) {
                throw new PlanException("cannot tell the stack name from " + configFile.getFileName()
                        + " (expected Pulumi.<stack>.yaml); pass --stack too");
            }
            return RawConfig.fromStackFile(configFile, project, stackName);
        }
        if (stack == null) {
            throw new PlanException("give --stack NAME or --config-file PATH; stacks here: " + available(projectDir));
        }
        Path file = projectDir.resolve("Pulumi." + stack + ".yaml");
        if (!Files.isRegularFile(file)) {
            throw new PlanException("no stack file " + file.getFileName() + " in " + projectDir.toAbsolutePath().normalize()
                    + "; stacks here: " + available(projectDir));
        }
        return RawConfig.fromStackFile(file, project, stack);
    }

    private static String available(Path projectDir) {
        try (Stream<Path> files = Files.list(projectDir)) {
            String names = files.map(RawConfig::stackNameOf).filter(n -> n != null).sorted()
                    .collect(Collectors.joining(", "));
            return names.isEmpty() ? "(none)" : names;
        } catch (IOException e) {
            return "(unreadable)";
        }
    }
}
