package io.platform.storage;

import com.pulumi.core.Output;

/**
 * An EFS access point a service mounts: the task definition gets a volume with IAM authorization
 * and TLS in transit, the container a mount point at {@code containerPath}.
 *
 * @param volumeName  the task definition's volume name, unique per task
 */
public record FileSystemMount(String volumeName, Output<String> fileSystemId, Output<String> accessPointId,
                              String containerPath, boolean readOnly) {
}
