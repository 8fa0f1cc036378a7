package org.parley.store.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one JSON text form of contract maps: compact, one object per line, keys in map order. Shared
 * by the JSONL files and the store's {@code json} columns so a stored event reads back exactly as
 * it was written.
 */
public final class ContractJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private ContractJson() {}

  /** The value as a single line of JSON (newlines inside strings are escaped by JSON itself). */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "value cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a JSON object back into an ordered map. */
  public static Map<String, Object> read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return MAPPER.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("json is not a JSON object: " + e.getOriginalMessage(), e);
    }
  }
}
