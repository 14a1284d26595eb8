package org.communique.model;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * The project's one JSON mapping (Jackson), configured here and nowhere else: records and views are written with
 * snake_case names in the order of their components, nulls written out, and read back ignoring fields they do not
 * know. The round record's own rules (RECORD-FORMAT.md) are in {@link RecordFormat}.
 * Parsed without a type, JSON gives {@code Map<String,Object>} (in the order written), {@code List<Object>},
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean} and {@code null}.
 */
public final class Records {
    /** Longer than the text of any statement the reader takes (20 MB). */
    private static final int MAX_STRING = 64 * 1024 * 1024;
    private static final ObjectMapper MAPPER = build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private Records() {}

    private static ObjectMapper build() {
        JsonFactory factory = new JsonFactoryBuilder().characterEscapes(new HtmlSafeEscapes())
                // a document line holds a statement's whole text, which may pass Jackson's 20 million characters
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING).build())
                .build();
        return JsonMapper.builder(factory)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // as the hand-written parser did: text after the value is an error, an untyped whole number a Long
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_LONG_FOR_INTS)
                // a list that is missing or null reads as empty, as RECORD-FORMAT.md promises
                .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .addModule(new RecordFormat())
                .build();
    }

    /**
     * A mapper configured as this class's own, for a library that wants one (Javalin): a copy, so that nothing done
     * to it changes how the rest of the project writes.
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** The value as one line of JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A round record from its JSON (RECORD-FORMAT.md); fields it lacks become null or empty. */
    public static RoundRecord record(String json) {
        return read(json, RoundRecord.class);
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw bad(e);
        }
    }

    /** Any JSON value, untyped; throws {@link IllegalArgumentException} saying where the text is not JSON. */
    public static Object parse(String json) {
        return read(json, Object.class);
    }

    /** A JSON object, untyped. */
    public static Map<String, Object> parseObject(String json) {
        Object v = parse(json);
        if (!(v instanceof Map)) throw new IllegalArgumentException("JSON is not an object");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        return m;
    }

    /** The value as the untyped object its JSON would parse into, without writing the text. */
    public static Map<String, Object> toMap(Object value) {
        return MAPPER.convertValue(value, OBJECT);
    }

    private static IllegalArgumentException bad(JsonProcessingException e) {
        var at = e.getLocation();
        return new IllegalArgumentException("bad JSON" + (at == null ? "" : " at character " + at.getCharOffset())
                + ": " + e.getOriginalMessage(), e);
    }
}
