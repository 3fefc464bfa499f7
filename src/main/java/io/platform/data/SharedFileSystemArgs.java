package io.platform.data;

import com.pulumi.core.Output;
import io.platform.aws.AwsAccount;
import io.platform.config.FileSystemConfig;
import io.platform.config.Naming;

import java.util.List;

/**
 * Inputs of one {@link SharedFileSystem}. Not options: encryption at rest with the data key, TLS for
 * every client (the file system policy denies anything else), mounts only through access points with
 * IAM authorization, and a security group that admits NFS from the mounting services' groups only.
 *
 * @param subnets  where the mount targets go (the private, app subnets), one per AZ
 */
public record SharedFileSystemArgs(Naming naming, AwsAccount account, FileSystemConfig config, Output<String> vpcId,
                                   List<Output<String>> subnets, Output<String> dataKeyArn, ServiceIdentities services) {
    public SharedFileSystemArgs {
        subnets = List.copyOf(subnets);
    }
}
