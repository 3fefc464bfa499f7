package io.platform.config;

import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes, from the JDK's copy of the standard — what CloudFront geo
 * restrictions and WAF geo-match statements accept.
 */
public final class CountryCodes {
    public static final Catalogue CATALOGUE = Catalogue.of("an ISO 3166-1 alpha-2 country code (such as US, CA, DE)",
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    private CountryCodes() {
    }

    public static Set<String> all() {
        return CATALOGUE.names();
    }
}
