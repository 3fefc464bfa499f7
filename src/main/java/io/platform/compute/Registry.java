package io.platform.compute;

import io.platform.json.StableJson;
import com.pulumi.aws.ecr.LifecyclePolicy;
import com.pulumi.aws.ecr.LifecyclePolicyArgs;
import com.pulumi.aws.ecr.Repository;
import com.pulumi.aws.ecr.RepositoryArgs;
import com.pulumi.aws.ecr.inputs.RepositoryEncryptionConfigurationArgs;
import com.pulumi.aws.ecr.inputs.RepositoryImageScanningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import io.platform.config.Naming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ECR repositories: scan on push, immutable tags, KMS, and only the last N images kept. */
final class Registry {

    private Registry() {
    }

    /** Repository short name → repository URL. */
    static Map<String, Output<String>> declare(ComputeArgs args, CustomResourceOptions child) {
        Naming naming = args.naming();
        Map<String, Output<String>> urls = new LinkedHashMap<>();
        for (String name : args.config().ecrRepositories()) {
            String resource = "ecr-" + name;
            Repository repository = new Repository(naming.name(resource), RepositoryArgs.builder()
                    .name(naming.name(name))
                    .imageTagMutability("IMMUTABLE")
                    .imageScanningConfiguration(RepositoryImageScanningConfigurationArgs.builder().scanOnPush(true).build())
                    .encryptionConfigurations(RepositoryEncryptionConfigurationArgs.builder()
                            .encryptionType("KMS").kmsKey(args.keys().imagesKeyArn()).build())
                    .forceDelete(false)
                    .tags(naming.tags(resource))
                    .build(), child);
            new LifecyclePolicy(naming.name(resource + "-lifecycle"), LifecyclePolicyArgs.builder()
                    .repository(repository.name())
                    .policy(keepLast(args.config().ecrKeepImages()))
                    .build(), child);
            urls.put(name, repository.repositoryUrl());
        }
        return urls;
    }

    static String keepLast(int images) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("rulePriority", 1);
        rule.put("description", "Keep the last " + images + " images");
        rule.put("selection", Map.of("tagStatus", "any", "countType", "imageCountMoreThan", "countNumber", images));
        rule.put("action", Map.of("type", "expire"));
        return StableJson.write(Map.of("rules", List.of(rule)));
    }
}
