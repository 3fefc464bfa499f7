package io.platform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A project directory for the real CLI that leaves the repository untouched: its
 * {@code Pulumi.yaml} is the repository's with {@code main} pointing back at the repository
 * (so the Java host builds and runs the real program there), and its stack file carries the
 * committed stack file's values without the secrets, which the test sets again with
 * {@code pulumi config set --secret} under its own passphrase.
 */
public final class E2eWorkspace {
    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    /** The repository root (Maven's basedir when run by failsafe). */
    static Path repository() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    /**
     * Where the built CLI and language host are: {@code e2e.path} (set by e2e/run.sh from
     * e2e/build-cli.sh), else the first PATH entry holding both.
     */
    static String cliPath() {
        String path = System.getProperty("e2e.path", "");
        if (!path.isBlank()) {
            return path;
        }
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> Files.isExecutable(Path.of(dir, "pulumi"))
                        && Files.isExecutable(Path.of(dir, "pulumi-language-java")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no pulumi and pulumi-language-java on PATH; "
                        + "run the end-to-end tests with e2e/run.sh, or put the output of e2e/build-cli.sh on PATH"));
    }

    /** This JVM's class path, also under Maven's exec:java (an isolated class loader). */
    private static String classPath() {
        if (E2eWorkspace.class.getClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(url -> Path.of(java.net.URI.create(url.toString())).toString())
                    .collect(Collectors.joining(":"));
        }
        return System.getProperty("java.class.path");
    }

    /** A stack ready for the CLI: the runner, and the random values its secrets were set to. */
    record Prepared(PulumiCli cli, Map<String, String> secrets) {
    }

    /**
     * Everything the end-to-end tests do before their first {@code pulumi preview}, and what
     * {@link #main} does for a person trying the CLI: a workspace under {@code root} for
     * {@code stack} from {@code committedStackFile}, the simulated AWS provider installed as plugin
     * {@code aws}, the stack created with a passphrase, and each secret of the committed file set
     * again with {@code pulumi config set --secret} to a random value.
     */
    static Prepared prepare(Path committedStackFile, String stack, Path root, String cliPath) throws IOException {
        RealCliScenario.deleteRecursively(root);
        Path project = create(root.resolve("project"), committedStackFile, stack);
        PulumiCli cli = new PulumiCli(cliPath, project, root);
        Path launcher = providerLauncher(root.resolve("provider"));
        cli.run("plugin", "install", "resource", "aws", SimulatedAwsProvider.VERSION, "--file", launcher.toString())
                .requireSuccess();
        cli.run("stack", "init", stack, "--secrets-provider", "passphrase").requireSuccess();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String key : secureKeys(committedStackFile)) {
            String value = secretValue(key, HexFormat.of().formatHex(new SecureRandom().generateSeed(16)));
            cli.run("config", "set", "--secret", key, value).requireSuccess();
            secrets.put(key, value);
        }
        return new Prepared(cli, secrets);
    }

    /** A random value of the form the program checks under the CLI: the paging endpoint is an https:// URL. */
    static String secretValue(String key, String random) {
        return key.equals("platform:alertHttpsEndpoint") ? "https://events.example.com/e2e/" + random : "e2e" + random;
    }

    /**
     * Prepares {@code target/try-cli/<stack>} for trying the CLI by hand and prints the shell lines
     * that point the CLI at it (README "Try the real CLI without AWS").
     * Arguments: the stack name, and optionally the stack file (default {@code Pulumi.<stack>.yaml}).
     */
    public static void main(String[] args) throws IOException {
        String stack = args[0];
        Path stackFile = args.length > 1 ? Path.of(args[1]) : repository().resolve("Pulumi." + stack + ".yaml");
        Path root = repository().resolve("target/try-cli").resolve(stack);
        Prepared prepared = prepare(stackFile, stack, root, cliPath());
        // A file to source rather than output to eval: Maven's console writes colour resets on stdout.
        Path env = root.resolve("env.sh");
        Files.writeString(env, "export PULUMI_HOME='" + prepared.cli().home() + "' PULUMI_BACKEND_URL='"
                + prepared.cli().backend().toUri() + "' PULUMI_CONFIG_PASSPHRASE='" + PulumiCli.PASSPHRASE
                + "' PULUMI_SKIP_UPDATE_CHECK=true\ncd '" + prepared.cli().projectDir() + "'\n");
        System.out.println("source " + repository().relativize(env));
    }

    /** Top-level keys of a stack file whose values are {@code secure:}. */
    static List<String> secureKeys(Path stackFile) throws IOException {
        List<String> keys = new ArrayList<>();
        YAML.readTree(stackFile.toFile()).path("config").fields().forEachRemaining(e -> {
            if (e.getValue().isObject() && e.getValue().has("secure")) {
                keys.add(e.getKey());
            }
        });
        return keys;
    }

    /**
     * Creates {@code dir} with a Pulumi.yaml whose program is the repository and a stack file
     * for {@code stack} from {@code committedStackFile} minus its secrets and encryption salt.
     */
    static Path create(Path dir, Path committedStackFile, String stack) {
        try {
            Files.createDirectories(dir);
            ObjectNode project = (ObjectNode) YAML.readTree(repository().resolve("Pulumi.yaml").toFile());
            project.put("main", repository().toString());
            YAML.writeValue(dir.resolve("Pulumi.yaml").toFile(), project);

            ObjectNode stackFile = (ObjectNode) YAML.readTree(committedStackFile.toFile());
            stackFile.remove("encryptionsalt");
            ObjectNode config = (ObjectNode) stackFile.get("config");
            for (Iterator<Map.Entry<String, JsonNode>> it = config.fields(); it.hasNext(); ) {
                JsonNode value = it.next().getValue();
                if (value.isObject() && value.has("secure")) {
                    it.remove();
                }
            }
            YAML.writeValue(dir.resolve("Pulumi." + stack + ".yaml").toFile(), stackFile);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the launcher of the simulated AWS provider (a test double) for
     * {@code pulumi plugin install resource aws <version> --file}: the JVM of this test's classpath.
     */
    static Path providerLauncher(Path dir) {
        try {
            Files.createDirectories(dir);
            Path launcher = dir.resolve("pulumi-resource-aws");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Files.writeString(launcher, "#!/bin/sh\n"
                    + "# TEST DOUBLE: the simulated AWS provider of the end-to-end tests. Never use it to deploy.\n"
                    + "exec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -cp '"
                    + classPath() + "' " + SimulatedAwsProvider.class.getName() + " \"$@\"\n");
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
            return launcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
