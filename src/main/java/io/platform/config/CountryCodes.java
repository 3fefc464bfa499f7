package io.platform.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes, from the JDK's copy of the standard — what CloudFront geo
 * restrictions and WAF geo-match statements accept. An alpha-3 code (CHN) is refused with its
 * alpha-2 form suggested.
 */
public final class CountryCodes {
    public static final Catalogue CATALOGUE = catalogue();

    private CountryCodes() {
    }

    public static Set<String> all() {
        return CATALOGUE.names();
    }

    private static Catalogue catalogue() {
        Set<String> codes = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
        Map<String, String> alpha3 = new HashMap<>();
        codes.forEach(code -> alpha3.put(new Locale("", code).getISO3Country(), code));
        return new Catalogue("an ISO 3166-1 alpha-2 country code (such as US, CA, DE)", codes, alpha3);
    }
}
