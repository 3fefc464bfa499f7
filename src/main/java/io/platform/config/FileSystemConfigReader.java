package io.platform.config;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:data.fileSystems}. */
final class FileSystemConfigReader {
    private static final Pattern NAME = Pattern.compile("[a-z]([a-z0-9-]{0,29}[a-z0-9])?");
    private static final String NAME_ALLOWED = "1-31 lower-case letters, digits and '-', starting with a letter";
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._-]+)+");
    private static final Pattern PERMISSIONS = Pattern.compile("0?[0-7]{3}");
    private static final List<String> PERFORMANCE_MODES = List.of("generalPurpose", "maxIO");
    private static final List<String> THROUGHPUT_MODES = List.of("elastic", "bursting");
    /** The values EFS lifecycle management accepts ({@code AFTER_<n>_DAYS}). */
    static final List<Integer> IA_DAYS = List.of(1, 7, 14, 30, 60, 90, 180, 270, 365);
    /** The container user of every service (ContainerDefinitions): access points default to it. */
    static final int APP_USER = 1000;

    private FileSystemConfigReader() {
    }

    static List<FileSystemConfig> read(ConfigSection data) {
        List<FileSystemConfig> systems = data.sections("fileSystems", FileSystemConfigReader::fileSystem);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < systems.size(); i++) {
            if (!names.add(systems.get(i).name())) {
                throw new ConfigException(data.keyOf("fileSystems") + "[" + i + "].name", "'" + systems.get(i).name()
                        + "' is used by another file system; names must be unique");
            }
        }
        return systems;
    }

    private static FileSystemConfig fileSystem(ConfigSection f) {
        String name = DataConfigReader.required(f, "name", "the file system's name (lower-case letters, digits, '-')",
                NAME, NAME_ALLOWED);
        String performance = oneOf(f, "performanceMode", "generalPurpose", PERFORMANCE_MODES);
        String throughput = oneOf(f, "throughputMode", "elastic", THROUGHPUT_MODES);
        OptionalInt ia = OptionalInt.empty();
        if (f.has("transitionToIaDays")) {
            int days = f.integer("transitionToIaDays", 30, 1, 365);
            if (!IA_DAYS.contains(days)) {
                throw new ConfigException(f.keyOf("transitionToIaDays"), days + " is not allowed; allowed: "
                        + IA_DAYS.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow());
            }
            ia = OptionalInt.of(days);
        }
        boolean backup = f.bool("backup", true);
        List<FileSystemConfig.AccessPoint> points = f.sections("accessPoints", FileSystemConfigReader::accessPoint);
        if (points.isEmpty()) {
            throw new ConfigException(f.keyOf("accessPoints"), "is required: services mount the file system only "
                    + "through access points (name, path), which fix the directory and the POSIX user");
        }
        Set<String> pointNames = new HashSet<>();
        for (int i = 0; i < points.size(); i++) {
            if (!pointNames.add(points.get(i).name())) {
                throw new ConfigException(f.keyOf("accessPoints") + "[" + i + "].name", "'" + points.get(i).name()
                        + "' is used by another access point of this file system");
            }
        }
        List<FileSystemConfig.Mount> mounts = f.sections("mounts", m -> mount(m, pointNames));
        return new FileSystemConfig(name, performance, throughput, ia, backup, points, mounts);
    }

    private static FileSystemConfig.AccessPoint accessPoint(ConfigSection a) {
        String name = DataConfigReader.required(a, "name", "the access point's name", NAME, NAME_ALLOWED);
        String path = DataConfigReader.required(a, "path", "the directory it exposes as root, e.g. /training", PATH,
                "an absolute path below the root, e.g. /training (the file system root itself is never exposed)");
        // Root (uid 0) would bypass every file permission on the shared file system.
        int uid = a.integer("uid", APP_USER, 1, Integer.MAX_VALUE);
        int gid = a.integer("gid", APP_USER, 1, Integer.MAX_VALUE);
        String permissions = a.string("permissions", "750");
        if (!PERMISSIONS.matcher(permissions).matches()) {
            throw new ConfigException(a.keyOf("permissions"), "'" + permissions + "' is not allowed; allowed: octal "
                    + "permissions such as 750");
        }
        return new FileSystemConfig.AccessPoint(name, path, uid, gid, permissions);
    }

    private static FileSystemConfig.Mount mount(ConfigSection m, Set<String> accessPoints) {
        String service = m.requiredString("service", "the service (platform:compute.services[].name) that mounts it");
        String accessPoint = m.requiredString("accessPoint", "the access point it mounts");
        if (!accessPoints.contains(accessPoint)) {
            throw new ConfigException(m.keyOf("accessPoint"), "'" + accessPoint + "' is not an access point of this "
                    + "file system; allowed: " + String.join(", ", new java.util.TreeSet<>(accessPoints)));
        }
        String path = m.requiredString("containerPath", "where the service sees it, e.g. /mnt/training");
        if (!PATH.matcher(path).matches() || path.equals("/tmp") || path.startsWith("/tmp/")) {
            throw new ConfigException(m.keyOf("containerPath"), "'" + path + "' is not allowed; allowed: an absolute "
                    + "path other than / and /tmp (the task's scratch volume), e.g. /mnt/training");
        }
        boolean readOnly = m.bool("readOnly", true);
        return new FileSystemConfig.Mount(service, accessPoint, path, readOnly);
    }

    private static String oneOf(ConfigSection section, String key, String defaultValue, List<String> allowed) {
        String value = section.string(key, defaultValue);
        if (!allowed.contains(value)) {
            throw new ConfigException(section.keyOf(key), "'" + value + "' is not allowed; allowed: "
                    + String.join(", ", allowed));
        }
        return value;
    }
}
