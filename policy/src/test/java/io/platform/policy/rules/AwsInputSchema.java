package io.platform.policy.rules;

import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import io.platform.policy.sdk.InputSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The input properties of com.pulumi:aws (test scope), read from the jar: resource classes
 * carry {@code @ResourceType}, their Args classes carry {@code @Import(name=...)} on each input.
 * Registered for ServiceLoader so every PolicyTestKit run checks the inputs rules read.
 */
public final class AwsInputSchema implements InputSchema {
    /** Outputs that AnalyzeStack properties (and join keys) may carry besides the inputs. */
    private static final Set<String> OUTPUTS = Set.of("id", "arn", "urn");

    /** Resource type token → its Args class, for every resource of the provider jar. */
    public static Map<String, Class<?>> argsByType() {
        return Holder.ARGS_BY_TYPE;
    }

    /** The camelCase input names of an Args class. */
    public static Map<String, Field> inputs(Class<?> argsClass) {
        Map<String, Field> out = new HashMap<>();
        for (Field f : argsClass.getDeclaredFields()) {
            Import imp = f.getAnnotation(Import.class);
            if (imp != null) {
                out.put(imp.name(), f);
            }
        }
        return out;
    }

    @Override
    public boolean knowsType(String type) {
        return argsByType().containsKey(type);
    }

    @Override
    public boolean hasInput(String type, String path) {
        String[] segments = path.split("\\.");
        if (segments.length == 1 && OUTPUTS.contains(segments[0])) {
            return true;
        }
        return walk(argsByType().get(type), segments, 0);
    }

    private static boolean walk(Class<?> args, String[] segments, int i) {
        Field field = inputs(args).get(segments[i]);
        if (field == null) {
            return false;
        }
        return i == segments.length - 1 || walkType(unwrapOutput(field.getGenericType()), segments, i + 1);
    }

    private static boolean walkType(Type type, String[] segments, int i) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return walkType(args[0], segments, i);
            }
            if (raw == Map.class) {
                return true; // any key of a map input (tags.Name) is fine
            }
            if (raw == Either.class) {
                return walkType(args[0], segments, i) || walkType(args[1], segments, i);
            }
            return false;
        }
        return type instanceof Class<?> c && !inputs(c).isEmpty() && walk(c, segments, i);
    }

    private static Type unwrapOutput(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == Output.class) {
            return p.getActualTypeArguments()[0];
        }
        return type;
    }

    private static final class Holder {
        static final Map<String, Class<?>> ARGS_BY_TYPE = scan();

        private static Map<String, Class<?>> scan() {
            Map<String, Class<?>> out = new TreeMap<>();
            ClassLoader loader = AwsInputSchema.class.getClassLoader();
            try (JarFile jar = new JarFile(jarOf(com.pulumi.aws.s3.BucketV2.class).toFile())) {
                for (JarEntry e : Collections.list(jar.entries())) {
                    String name = e.getName();
                    if (!name.startsWith("com/pulumi/aws/") || !name.endsWith(".class") || name.contains("$")
                            || name.contains("/inputs/") || name.contains("/outputs/") || name.contains("/enums/")) {
                        continue;
                    }
                    String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                    Class<?> c = Class.forName(className, false, loader);
                    ResourceType rt = c.getAnnotation(ResourceType.class);
                    if (rt != null) {
                        out.put(rt.type(), Class.forName(className + "Args", false, loader));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            return Collections.unmodifiableMap(out);
        }

        private static Path jarOf(Class<?> c) {
            try {
                return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
