package io.platform.data;

import com.pulumi.core.Output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who each service is to AWS: the task role its containers run as and the security group its
 * tasks carry. Buckets and file systems grant access to exactly the services that ask for it,
 * through these. Today every service shares the security tier's task role and app group
 * ({@link #shared}); when services get their own, only this mapping changes.
 */
public record ServiceIdentities(Map<String, Output<String>> taskRoleNames, Map<String, Output<String>> securityGroupIds) {
    public ServiceIdentities {
        taskRoleNames = Map.copyOf(taskRoleNames);
        securityGroupIds = Map.copyOf(securityGroupIds);
    }

    public static ServiceIdentities shared(List<String> services, Output<String> taskRoleName,
                                           Output<String> securityGroupId) {
        Map<String, Output<String>> roles = new LinkedHashMap<>();
        Map<String, Output<String>> groups = new LinkedHashMap<>();
        services.forEach(s -> {
            roles.put(s, taskRoleName);
            groups.put(s, securityGroupId);
        });
        return new ServiceIdentities(roles, groups);
    }

    public Output<String> taskRoleName(String service) {
        return require(taskRoleNames, service);
    }

    public Output<String> securityGroupId(String service) {
        return require(securityGroupIds, service);
    }

    private static Output<String> require(Map<String, Output<String>> map, String service) {
        Output<String> value = map.get(service);
        if (value == null) {
            throw new IllegalArgumentException("no identity for service '" + service + "'; known: " + map.keySet());
        }
        return value;
    }
}
