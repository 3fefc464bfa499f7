package io.platform.config;

import java.util.List;
import java.util.Optional;

/** Reads and validates {@code platform:observability.logArchive}; which names exist is checked by the loader. */
final class LogArchiveConfigReader {
    private LogArchiveConfigReader() {
    }

    static Optional<LogArchiveConfig> read(ConfigSection observability) {
        if (!observability.has("logArchive")) {
            return Optional.empty();
        }
        ConfigSection archive = observability.section("logArchive");
        List<String> groups = archive.strings("logGroups", List.of());
        if (groups.isEmpty()) {
            throw new ConfigException(archive.keyOf("logGroups"), "is required and not empty: the log groups to archive, "
                    + LogArchiveConfig.CLOUDTRAIL + " (the account baseline's trail) and/or service names");
        }
        int glacier = archive.integer("glacierAfterDays", LogArchiveConfig.DEFAULT_GLACIER_AFTER_DAYS, 0, 3650);
        int expire = archive.integer("expireAfterDays", LogArchiveConfig.DEFAULT_EXPIRE_AFTER_DAYS, 1, 36500);
        if (expire <= glacier) {
            throw new ConfigException(archive.keyOf("expireAfterDays"), expire + " is not after glacierAfterDays ("
                    + glacier + "); allowed: more than " + glacier);
        }
        archive.rejectUnknownKeys();
        return Optional.of(new LogArchiveConfig(groups, glacier, expire));
    }

    /** Every archived group is the trail's (with the account baseline) or a service's. */
    static void checkNames(ConfigSection root, Optional<LogArchiveConfig> archive, boolean accountBaseline,
                           List<String> services) {
        if (archive.isEmpty()) {
            return;
        }
        List<String> allowed = new java.util.ArrayList<>(services);
        if (accountBaseline) {
            allowed.add(0, LogArchiveConfig.CLOUDTRAIL);
        }
        List<String> groups = archive.get().logGroups();
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            if (!allowed.contains(group)) {
                String why = group.equals(LogArchiveConfig.CLOUDTRAIL)
                        ? "'cloudtrail' needs platform:security.accountBaseline (the trail's log group)"
                        : "'" + group + "' is not a log group the platform can archive"
                          + Suggestions.didYouMean(group, allowed);
                throw new ConfigException(root.keyOf("observability") + ".logArchive.logGroups[" + i + "]", why
                        + "; allowed: " + String.join(", ", allowed));
            }
        }
    }
}
