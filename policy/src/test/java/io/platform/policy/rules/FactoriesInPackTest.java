package io.platform.policy.rules;

import io.platform.policy.PlatformPolicyPack;
import io.platform.policy.sdk.Policy;
import io.platform.policy.sdk.ResourcePolicy;
import io.platform.policy.sdk.StackPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** STYLE §7: every public static ResourcePolicy/StackPolicy factory under the rules package is in the pack. */
class FactoriesInPackTest {

    @Test
    void everyFactoryIsInThePackAndEveryPackPolicyHasAFactory() throws Exception {
        TreeMap<String, String> factories = new TreeMap<>();
        for (Class<?> c : rulesClasses()) {
            for (Method m : c.getDeclaredMethods()) {
                boolean factory = Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == 0 && Modifier.isPublic(c.getModifiers())
                        && (ResourcePolicy.class.isAssignableFrom(m.getReturnType()) || StackPolicy.class.isAssignableFrom(m.getReturnType()));
                if (factory) {
                    Policy p = (Policy) m.invoke(null);
                    String previous = factories.put(p.id(), c.getSimpleName() + "." + m.getName());
                    assertThat(previous).as("two factories build " + p.id()).isNull();
                }
            }
        }
        Set<String> pack = PlatformPolicyPack.create().policies().stream().map(Policy::id).collect(Collectors.toSet());
        assertThat(factories.keySet()).as("factories whose policy is not in the pack").isSubsetOf(pack);
        assertThat(pack).as("pack policies without a public factory").isSubsetOf(factories.keySet());
        assertThat(factories).hasSizeGreaterThan(150);
    }

    /** The classes of io.platform.policy.rules and its packages, read from the compiled classes directory. */
    static List<Class<?>> rulesClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(AwsTypes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path rules = root.resolve("io/platform/policy/rules");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                out.add(Class.forName(name));
            }
        }
        return out;
    }
}
