package io.platform.policy.rules;

import io.platform.policy.sdk.Control;
import io.platform.policy.sdk.Framework;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * AWS Security Hub CSPM's controls as the pack cites them ({@code security-hub-controls.tsv}): each id
 * with its title, whether it belongs to the FSBP standard, whether a program's inputs can decide it,
 * and the CIS v3.0.0, NIST SP 800-53 r5 and PCI DSS v4.0.1 requirements AWS relates it to. A rule cites
 * a control by its Security Hub id; {@link #controls(String...)} files the id and each related
 * requirement under its own framework.
 */
public final class SecurityHub {
    static final String RESOURCE = "security-hub-controls.tsv";
    private static final String USER_GUIDE = "https://docs.aws.amazon.com/securityhub/latest/userguide/";
    private static final Map<String, Entry> CATALOGUE = load();

    private SecurityHub() {
    }

    /**
     * One control of the catalogue.
     *
     * @param standard            {@code FSBP}, or the Security Hub standards of a control outside FSBP
     * @param decidableByIac      whether a program's declared inputs can decide it
     * @param notDecidableReason  why not, when it cannot
     */
    public record Entry(String id, String title, String standard, boolean decidableByIac, String notDecidableReason,
                        List<String> cis, List<String> nist, List<String> pci, boolean nistRecorded,
                        boolean pciRecorded) {
        public boolean fsbp() {
            return standard.equals("FSBP");
        }

        /** The service part of the id, e.g. {@code S3} of {@code S3.8}. */
        public String service() {
            return id.substring(0, id.indexOf('.'));
        }

        /** The control's section of AWS's control reference. */
        public String url() {
            String service = service().toLowerCase(Locale.ROOT);
            return USER_GUIDE + service + "-controls.html#" + service + "-" + id.substring(id.indexOf('.') + 1);
        }

        /** The id under its framework and every related requirement under its own. */
        public List<Control> controls() {
            List<Control> out = new ArrayList<>();
            out.add(new Control(fsbp() ? Framework.FSBP : Framework.SECURITY_HUB, id));
            cis.forEach(c -> out.add(new Control(Framework.CIS_AWS_V3, c)));
            nist.forEach(c -> out.add(new Control(Framework.NIST_800_53_R5, c)));
            pci.forEach(c -> out.add(new Control(Framework.PCI_DSS_V4, c)));
            return out;
        }
    }

    /** The controls of these Security Hub ids, each related requirement included, for a policy builder. */
    public static List<Control> controls(String... ids) {
        List<Control> out = new ArrayList<>();
        for (String id : ids) {
            out.addAll(entry(id).controls());
        }
        return out;
    }

    /** A CIS AWS Foundations Benchmark v3.0.0 recommendation that no Security Hub control checks. */
    public static Control cis(String recommendation) {
        return new Control(Framework.CIS_AWS_V3, recommendation);
    }

    public static Entry entry(String id) {
        Entry e = CATALOGUE.get(id);
        if (e == null) {
            throw new IllegalArgumentException(id + " is not in " + RESOURCE);
        }
        return e;
    }

    /** Whether the id is one of the controls AWS lists for that title (an FSBP control or one the catalogue adds). */
    public static boolean known(String id) {
        return CATALOGUE.containsKey(id);
    }

    public static Collection<Entry> all() {
        return Collections.unmodifiableCollection(CATALOGUE.values());
    }

    private static Map<String, Entry> load() {
        try (InputStream in = SecurityHub.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, Entry> out = new LinkedHashMap<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] f = Arrays.copyOf(line.split("\t", -1), 8);
                        Entry e = new Entry(f[0], f[1], f[2], f[3].equals("iac"), blankToNull(f[4]),
                                words(f[5]), words(f[6]), words(f[7]), !blank(f[6]), !blank(f[7]));
                        if (out.put(e.id(), e) != null) {
                            throw new IllegalStateException(RESOURCE + " lists " + e.id() + " twice");
                        }
                    });
            return Collections.unmodifiableMap(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A cell's requirement ids; {@code -} is the page listing none, an empty cell one not recorded yet. */
    private static List<String> words(String s) {
        return blank(s) || s.strip().equals("-") ? List.of() : List.of(s.strip().split("\\s+"));
    }
}
