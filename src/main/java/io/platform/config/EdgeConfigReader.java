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
    /** One line of printable ASCII: what CloudFront accepts as a header value. */
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\x20-\\x7E]+");
    /** CloudFront's limit for the Content-Security-Policy value of a response headers policy. */
    static final int MAX_CSP_LENGTH = 1783;

    private EdgeConfigReader() {
    }

    /** @param naming the stack's names: site buckets are {@code <prefix>-<env>-<name>-site[-<region>]-<account>} */
    static EdgeConfig read(ConfigSection edge, Naming naming) {
        Optional<String> zone = edge.optionalString("hostedZone").map(z -> domain(edge, "hostedZone", z));
        Optional<String> api = edge.optionalString("apiDomain").map(d -> inZone(edge, "apiDomain", d, zone));
        List<EdgeConfig.FrontEnd> frontEnds = edge.sections("frontEnds", f -> frontEnd(f, zone, api, naming));
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

    private static EdgeConfig.FrontEnd frontEnd(ConfigSection f, Optional<String> zone, Optional<String> api,
                                                Naming naming) {
        String name = f.requiredString("name", "the front end's name (its bucket is <project>-<env>-<name>-site)");
        if (!NAME.matcher(name).matches()) {
            throw new ConfigException(f.keyOf("name"), "'" + name + "' is not allowed; allowed: lower-case letters, "
                    + "digits and '-', starting with a letter");
        }
        BucketNames.check(f.keyOf("name"), naming, name + "-site", name, "site bucket");
        List<String> domains = f.strings("domainNames", List.of());
        boolean defaultCertificate = f.bool("cloudFrontDefaultCertificate", false);
        if (domains.isEmpty() && !defaultCertificate) {
            throw new ConfigException(f.keyOf("domainNames"), "is empty; a front end needs at least one name in the "
                    + "hosted zone: its distribution serves them with an ACM certificate and TLSv1.2_2021 (CloudFront's "
                    + "default certificate still accepts TLSv1); to serve only the *.cloudfront.net name anyway, set "
                    + "cloudFrontDefaultCertificate: true");
        }
        if (!domains.isEmpty() && defaultCertificate) {
            throw new ConfigException(f.keyOf("cloudFrontDefaultCertificate"), "true conflicts with domainNames; the "
                    + "default certificate only covers *.cloudfront.net, allowed: false");
        }
        for (int i = 0; i < domains.size(); i++) {
            inZone(f, "domainNames", domains.get(i), zone);
        }
        List<String> geo = f.stringsFrom("geoAllowList", List.of(), CountryCodes.CATALOGUE);
        List<String> geoBlock = f.stringsFrom("geoBlockList", List.of(), CountryCodes.CATALOGUE);
        if (!geo.isEmpty() && !geoBlock.isEmpty()) {
            throw new ConfigException(f.keyOf("geoBlockList"), "is set together with geoAllowList; CloudFront applies "
                    + "one list, give either the countries allowed or the countries blocked");
        }
        String csp = f.optionalString("contentSecurityPolicy").orElseGet(() -> defaultContentSecurityPolicy(api));
        if (!HEADER_VALUE.matcher(csp).matches()) {
            throw new ConfigException(f.keyOf("contentSecurityPolicy"), "contains a line break or another character "
                    + "outside printable ASCII; a header value must be one line of printable ASCII");
        }
        if (csp.length() > MAX_CSP_LENGTH) {
            throw new ConfigException(f.keyOf("contentSecurityPolicy"), "is " + csp.length()
                    + " characters long; CloudFront accepts at most " + MAX_CSP_LENGTH);
        }
        List<String> apiPaths = FrontEndOrigins.apiPaths(f, api);
        List<EdgeConfig.BucketOrigin> bucketOrigins = FrontEndOrigins.bucketOrigins(f, naming, name, apiPaths);
        return new EdgeConfig.FrontEnd(name, domains, geo, geoBlock, csp, apiPaths, bucketOrigins);
    }

    /**
     * Same-origin for everything, no plugins, no framing, no inline script; the SPA may call the
     * API's HTTPS origin when the stack has one.
     */
    static String defaultContentSecurityPolicy(Optional<String> apiDomain) {
        return "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; "
                + "img-src 'self' data:; connect-src 'self'" + apiDomain.map(d -> " https://" + d).orElse("")
                + "; upgrade-insecure-requests";
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
