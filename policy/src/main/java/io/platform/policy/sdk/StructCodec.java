package io.platform.policy.sdk;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the engine's protobuf property values to the SDK's JSON-like Java values and back,
 * decoding Pulumi's special encodings (secrets, unknowns, output values, resource references,
 * assets and archives). Numbers come back as {@link Double}; typed accessors cope.
 */
public final class StructCodec {
    /** Key of the signature field that marks a special object. */
    public static final String SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
    public static final String SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
    public static final String OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    public static final String RESOURCE_REFERENCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
    public static final String ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
    public static final String ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";
    /** The string the engine sends for a value that is not known yet. */
    public static final String UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    private StructCodec() {
    }

    public static Map<String, Object> toJava(Struct struct) {
        Map<String, Object> out = new LinkedHashMap<>();
        struct.getFieldsMap().forEach((k, v) -> out.put(k, toJava(v)));
        return out;
    }

    public static Object toJava(Value value) {
        switch (value.getKindCase()) {
            case NULL_VALUE:
            case KIND_NOT_SET:
                return null;
            case BOOL_VALUE:
                return value.getBoolValue();
            case NUMBER_VALUE:
                return value.getNumberValue();
            case STRING_VALUE:
                return UNKNOWN_STRING.equals(value.getStringValue()) ? Unknown.VALUE : value.getStringValue();
            case LIST_VALUE:
                List<Object> list = new ArrayList<>(value.getListValue().getValuesCount());
                value.getListValue().getValuesList().forEach(v -> list.add(toJava(v)));
                return list;
            case STRUCT_VALUE:
                return decodeObject(value.getStructValue());
            default:
                throw new IllegalArgumentException("unsupported protobuf value kind " + value.getKindCase());
        }
    }

    /** Encodes Java values (with {@link Secret} and {@link Unknown}) the way the engine expects them. */
    public static Struct toStruct(Map<String, ?> values) {
        Struct.Builder b = Struct.newBuilder();
        values.forEach((k, v) -> b.putFields(k, toValue(v)));
        return b.build();
    }

    public static Value toValue(Object v) {
        if (v == null) {
            return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
        }
        if (v instanceof Unknown) {
            return string(UNKNOWN_STRING);
        }
        if (v instanceof Secret s) {
            Struct secret = Struct.newBuilder()
                    .putFields(SIGNATURE_KEY, string(SECRET_SIG))
                    .putFields("value", toValue(s.value()))
                    .build();
            return Value.newBuilder().setStructValue(secret).build();
        }
        if (v instanceof Boolean b) {
            return Value.newBuilder().setBoolValue(b).build();
        }
        if (v instanceof Number n) {
            return Value.newBuilder().setNumberValue(n.doubleValue()).build();
        }
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof Map<?, ?> m) {
            Struct.Builder b = Struct.newBuilder();
            m.forEach((k, e) -> b.putFields(String.valueOf(k), toValue(e)));
            return Value.newBuilder().setStructValue(b).build();
        }
        if (v instanceof List<?> l) {
            ListValue.Builder b = ListValue.newBuilder();
            l.forEach(e -> b.addValues(toValue(e)));
            return Value.newBuilder().setListValue(b).build();
        }
        throw new IllegalArgumentException("cannot encode a " + v.getClass().getName() + " as a property value");
    }

    private static Value string(String s) {
        return Value.newBuilder().setStringValue(s).build();
    }

    private static Object decodeObject(Struct struct) {
        Value sig = struct.getFieldsMap().get(SIGNATURE_KEY);
        if (sig == null || sig.getKindCase() != Value.KindCase.STRING_VALUE) {
            return toJava(struct);
        }
        Map<String, Value> f = struct.getFieldsMap();
        switch (sig.getStringValue()) {
            case SECRET_SIG:
                return new Secret(f.containsKey("value") ? toJava(f.get("value")) : null);
            case OUTPUT_SIG:
                return decodeOutput(f);
            case RESOURCE_REFERENCE_SIG:
                return decodeResourceReference(f);
            case ASSET_SIG:
                return decodeAssetOrArchive("asset", f);
            case ARCHIVE_SIG:
                return decodeAssetOrArchive("archive", f);
            default:
                return toJava(struct);
        }
    }

    /** Output values: known → the value, not known → Unknown, secret → Secret around either. */
    private static Object decodeOutput(Map<String, Value> f) {
        Object value = f.containsKey("value") ? toJava(f.get("value")) : Unknown.VALUE;
        boolean secret = f.containsKey("secret") && f.get("secret").getBoolValue();
        return secret ? new Secret(value) : value;
    }

    /** A reference reads as its id (custom resources) or its URN (components, or an empty id). */
    private static Object decodeResourceReference(Map<String, Value> f) {
        Value id = f.get("id");
        if (id != null && id.getKindCase() == Value.KindCase.STRING_VALUE) {
            if (UNKNOWN_STRING.equals(id.getStringValue())) {
                return Unknown.VALUE;
            }
            if (!id.getStringValue().isEmpty()) {
                return id.getStringValue();
            }
        }
        Value urn = f.get("urn");
        return urn == null ? null : urn.getStringValue();
    }

    private static Map<String, Object> decodeAssetOrArchive(String kind, Map<String, Value> f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", kind);
        f.forEach((k, v) -> {
            if (!SIGNATURE_KEY.equals(k)) {
                out.put(k, toJava(v));
            }
        });
        return out;
    }
}
