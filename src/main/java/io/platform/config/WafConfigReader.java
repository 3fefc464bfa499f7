package io.platform.config;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:security.waf}. */
final class WafConfigReader {
    static final List<String> RULE_ACTIONS = List.of("block", "count");
    static final List<String> OVERRIDE_ACTIONS = List.of("allow", "block", "captcha", "challenge", "count");
    private static final Pattern RULE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern HEADER = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern JSON_POINTER = Pattern.compile("(/[A-Za-z0-9_.-]+)+");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");
    /** Priorities 2..9 sit between the rate limit (1) and the first managed group (10). */
    static final int MAX_CUSTOM_RULES = 8;

    private WafConfigReader() {
    }

    static SecurityConfig.WafConfig read(ConfigSection waf) {
        int rate = waf.integer("rateLimit", 2000, 100, 2_000_000_000);
        List<String> blocked = countries(waf, "blockedCountries");
        List<String> allowed = countries(waf, "allowedCountries");
        if (!blocked.isEmpty() && !allowed.isEmpty()) {
            throw new ConfigException(waf.keyOf("allowedCountries"), "is set together with blockedCountries; give the "
                    + "countries allowed (everything else is blocked) or the countries blocked, not both");
        }
        List<SecurityConfig.CustomRule> custom = waf.sections("customRules", WafConfigReader::customRule);
        if (custom.size() > MAX_CUSTOM_RULES) {
            throw new ConfigException(waf.keyOf("customRules"), custom.size() + " rules is too many; allowed: at most "
                    + MAX_CUSTOM_RULES);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < custom.size(); i++) {
            if (!names.add(custom.get(i).name())) {
                throw new ConfigException(waf.keyOf("customRules") + "[" + i + "].name", "'" + custom.get(i).name()
                        + "' is used by another custom rule");
            }
        }
        boolean botControl = waf.bool("botControl", false);
        Optional<SecurityConfig.AccountTakeover> atp = waf.has("accountTakeover")
                ? Optional.of(accountTakeover(waf.section("accountTakeover"))) : Optional.empty();
        SecurityConfig.WafConfig partial = new SecurityConfig.WafConfig(rate, blocked, allowed, custom, botControl, atp,
                Map.of());
        Map<String, Map<String, String>> overrides = overrides(waf.section("ruleOverrides"), partial.managedGroups());
        waf.rejectUnknownKeys();
        return new SecurityConfig.WafConfig(rate, blocked, allowed, custom, botControl, atp, overrides);
    }

    private static List<String> countries(ConfigSection waf, String key) {
        return waf.stringsFrom(key, List.of(), CountryCodes.CATALOGUE);
    }

    private static SecurityConfig.CustomRule customRule(ConfigSection r) {
        String name = r.requiredString("name", "the rule's name, e.g. block-bad-bots");
        if (!RULE_NAME.matcher(name).matches()) {
            throw new ConfigException(r.keyOf("name"), "'" + name + "' is not allowed; allowed: 1-64 letters, digits, _ and -");
        }
        String header = r.string("header", "user-agent");
        if (!HEADER.matcher(header).matches()) {
            throw new ConfigException(r.keyOf("header"), "'" + header + "' is not a lower-case HTTP header name");
        }
        List<String> contains = r.strings("contains", List.of());
        if (contains.isEmpty()) {
            throw new ConfigException(r.keyOf("contains"), "is required: the strings that mark a request, e.g. [bad-bot]");
        }
        for (int i = 0; i < contains.size(); i++) {
            if (contains.get(i).length() > 200 || !contains.get(i).equals(contains.get(i).toLowerCase(java.util.Locale.ROOT))) {
                throw new ConfigException(r.keyOf("contains") + "[" + i + "]", "'" + contains.get(i) + "' is not allowed; "
                        + "allowed: lower-case text up to 200 characters (the header is lower-cased before matching)");
            }
        }
        String action = r.string("action", "block");
        if (!RULE_ACTIONS.contains(action)) {
            throw new ConfigException(r.keyOf("action"), "'" + action + "' is not allowed; allowed: "
                    + String.join(", ", RULE_ACTIONS));
        }
        return new SecurityConfig.CustomRule(name, header, contains, action);
    }

    private static SecurityConfig.AccountTakeover accountTakeover(ConfigSection a) {
        String login = a.requiredString("loginPath", "the path the login form posts to, e.g. /api/auth/login");
        if (!PATH.matcher(login).matches()) {
            throw new ConfigException(a.keyOf("loginPath"), "'" + login + "' is not a URL path starting with /");
        }
        String user = pointer(a, "usernameField", "/username");
        String password = pointer(a, "passwordField", "/password");
        a.rejectUnknownKeys();
        return new SecurityConfig.AccountTakeover(login, user, password);
    }

    private static String pointer(ConfigSection a, String key, String defaultValue) {
        String value = a.string(key, defaultValue);
        if (!JSON_POINTER.matcher(value).matches()) {
            throw new ConfigException(a.keyOf(key), "'" + value + "' is not a JSON pointer into the login body, e.g. "
                    + defaultValue);
        }
        return value;
    }

    private static Map<String, Map<String, String>> overrides(ConfigSection section, List<String> groups) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String group : section.keys()) {
            if (!groups.contains(group)) {
                throw new ConfigException(section.keyOf(group), "is not a managed group this web ACL uses; allowed: "
                        + String.join(", ", groups));
            }
            ConfigSection rules = section.section(group);
            Map<String, String> actions = new LinkedHashMap<>();
            for (String rule : rules.keys()) {
                if (!RULE_NAME.matcher(rule).matches()) {
                    throw new ConfigException(rules.keyOf(rule), "is not a rule name; allowed: letters, digits, _ and -");
                }
                String action = rules.string(rule, "");
                if (!OVERRIDE_ACTIONS.contains(action)) {
                    throw new ConfigException(rules.keyOf(rule), "'" + action + "' is not allowed; allowed: "
                            + String.join(", ", OVERRIDE_ACTIONS));
                }
                actions.put(rule, action);
            }
            out.put(group, actions);
        }
        return out;
    }
}
