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
import java.util.ArrayList;
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

    /**
     * The 6.x Args classes whose inputs a token has: its own; for a token 6.0 removed or 7.x added, the 6.x
     * resource it names (aws:elasticloadbalancingv2/listener is aws:lb/listener; the 7.x S3 companions are the
     * 6.x V2 ones); and for {@code aws:s3/bucket:Bucket}, which 7.x gives the BucketV2 inputs, both shapes.
     */
    public static List<Class<?>> argsOf(String type) {
        List<Class<?>> out = new ArrayList<>();
        Class<?> own = argsByType().get(type);
        if (own != null) {
            out.add(own);
        }
        Class<?> equivalent = argsByType().get(equivalent6x(type));
        if (equivalent != null && !out.contains(equivalent)) {
            out.add(equivalent);
        }
        return out;
    }

    /** The 6.x token with the same inputs, or the token itself. */
    static String equivalent6x(String type) {
        if (type.equals("aws:s3/bucket:Bucket")) {
            return "aws:s3/bucketV2:BucketV2";
        }
        for (String legacy : List.of("aws:elasticloadbalancingv2/", "aws:applicationloadbalancing/")) {
            if (type.startsWith(legacy)) {
                return "aws:lb/" + type.substring(legacy.length());
            }
        }
        if (type.startsWith("aws:elasticloadbalancing/")) {
            return "aws:elb/" + type.substring("aws:elasticloadbalancing/".length());
        }
        if (type.startsWith("aws:s3/bucket") && !argsByType().containsKey(type)) {
            int colon = type.lastIndexOf(':');
            return type.substring(0, colon) + "V2" + type.substring(colon) + "V2";
        }
        return type;
    }

    @Override
    public boolean knowsType(String type) {
        return !argsOf(type).isEmpty();
    }

    @Override
    public boolean hasInput(String type, String path) {
        String[] segments = path.split("\\.");
        if (segments.length == 1 && OUTPUTS.contains(segments[0])) {
            return true;
        }
        return argsOf(type).stream().anyMatch(args -> walk(args, segments, 0));
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
