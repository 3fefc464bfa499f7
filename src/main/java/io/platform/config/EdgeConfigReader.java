package io.platform.config;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates {@code platform:edge}. */
final class EdgeConfigReader {
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private EdgeConfigReader() {
    }

    static EdgeConfig read(ConfigSection edge) {
        Optional<String> zone = edge.optionalString("hostedZone").map(z -> domain(edge, "hostedZone", z));
        Optional<String> api = edge.optionalString("apiDomain").map(d -> inZone(edge, "apiDomain", d, zone));
        List<EdgeConfig.FrontEnd> frontEnds = edge.sections("frontEnds", f -> frontEnd(f, zone));
        Set<String> names = new HashSet<>();
        Set<String> domains = new HashSet<>();
        api.ifPresent(domains::add);
        for (int i = 0; i < frontEnds.size(); i++) {
            String key = edge.keyOf("frontEnds") + "[" + i + "]";
            if (!names.add(frontEnds.get(i).name())) {
                throw new ConfigException(key + ".name", "'" + frontEnds.get(i).name() + "' is used by another front end");
            }
            for (String domain : frontEnds.get(i).domainNames()) {
                if (!domains.add(domain)) {
                    throw new ConfigException(key + ".domainNames", "'" + domain + "' is already used by the ALB or "
                            + "another front end; a name can point at one thing only");
                }
            }
        }
        int rate = edge.integer("cdnRateLimit", 2000, 100, 2_000_000_000);
        edge.rejectUnknownKeys();
        return new EdgeConfig(zone, api, frontEnds, rate);
    }

    private static EdgeConfig.FrontEnd frontEnd(ConfigSection f, Optional<String> zone) {
        String name = f.requiredString("name", "the front end's name (its bucket is <project>-<env>-<name>-site)");
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException(f.keyOf("name"), "'" + name + "' is not allowed; allowed: lower-case letters, "
                    + "digits and '-', starting with a letter");
        }
        List<String> domains = f.strings("domainNames", List.of());
        for (int i = 0; i < domains.size(); i++) {
            inZone(f, "domainNames", domains.get(i), zone);
        }
        List<String> geo = f.strings("geoAllowList", List.of());
        for (int i = 0; i < geo.size(); i++) {
            if (!COUNTRY.matcher(geo.get(i)).matches()) {
                throw new ConfigException(f.keyOf("geoAllowList") + "[" + i + "]", "'" + geo.get(i)
                        + "' is not allowed; allowed: ISO 3166 alpha-2 country codes such as CA");
            }
        }
        return new EdgeConfig.FrontEnd(name, domains, geo);
    }

    private static String domain(ConfigSection section, String key, String value) {
        if (!DOMAIN.matcher(value).matches()) {
            throw new ConfigException(section.keyOf(key), "'" + value + "' is not a lower-case DNS name such as example.com");
        }
        return value;
    }

    private static String inZone(ConfigSection section, String key, String value, Optional<String> zone) {
        domain(section, key, value);
        if (zone.isEmpty()) {
            throw new ConfigException(section.keyOf(key), "'" + value + "' needs platform:edge.hostedZone, the Route 53 "
                    + "zone its records and certificate validation go into");
        }
        if (!value.equals(zone.get()) && !value.endsWith("." + zone.get())) {
            throw new ConfigException(section.keyOf(key), "'" + value + "' is not inside the hosted zone " + zone.get());
        }
        return value;
    }
}
