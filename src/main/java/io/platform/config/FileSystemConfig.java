package io.platform.config;

import java.util.List;
import java.util.OptionalInt;

/**
 * One EFS file system ({@code platform:data.fileSystems}, seed 004's shared ML training data):
 * always encrypted with the data key, reachable only over TLS from the services that mount it,
 * through access points that fix the POSIX user and root directory.
 *
 * @param transitionToIaDays  move files unread this long to EFS Infrequent Access; empty: never
 * @param backup              taken daily by AWS Backup
 * @param mounts              which service mounts which access point where
 */
public record FileSystemConfig(String name, String performanceMode, String throughputMode,
                               OptionalInt transitionToIaDays, boolean backup, List<AccessPoint> accessPoints,
                               List<Mount> mounts) {
    public FileSystemConfig {
        accessPoints = List.copyOf(accessPoints);
        mounts = List.copyOf(mounts);
    }

    /** A directory of the file system seen as its root, with the user and group every access goes through. */
    public record AccessPoint(String name, String path, int uid, int gid, String permissions) {
    }

    /** @param readOnly a writable mount must be asked for ({@code readOnly: false}) */
    public record Mount(String service, String accessPoint, String containerPath, boolean readOnly) {
    }
}
