package course.grader.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * JSON through Jackson's streaming parser and generator only, for a student kit's one-shot
 * commands: the text and the trees are the ones {@link WireJson}'s {@code ObjectMapper} writes and
 * reads, without the seconds' tenth an {@code ObjectMapper}'s start costs a fresh JVM. Plain values
 * only (maps with text keys, lists, text, numbers, booleans, null, trees of them).
 */
public final class PlainJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlainJson() {}

  /**
   * Compact JSON text, byte for byte what {@code ObjectMapper.writeValueAsString} writes.
   *
   * @throws IllegalArgumentException when {@code value} holds anything but plain values
   */
  public static String text(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      write(json, value);
    } catch (IOException e) {
      throw new IllegalStateException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /**
   * A plain value of a tree as {@code ObjectMapper.convertValue(node, Object.class)} gives it: the
   * number (of the type it was read as), the text, the boolean, or null.
   *
   * @throws IllegalArgumentException for an object or an array
   */
  public static Object value(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    throw new IllegalArgumentException("not a plain JSON value: " + node.getNodeType());
  }

  private static void write(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof String s) {
      json.writeString(s);
    } else if (value instanceof Boolean b) {
      json.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double d) {
      json.writeNumber(d);
    } else if (value instanceof Float f) {
      json.writeNumber(f);
    } else if (value instanceof BigDecimal d) {
      json.writeNumber(d);
    } else if (value instanceof BigInteger i) {
      json.writeNumber(i);
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException("not a plain JSON value: a key " + e.getKey());
        }
        json.writeFieldName(key);
        write(json, e.getValue());
      }
      json.writeEndObject();
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object o : list) {
        write(json, o);
      }
      json.writeEndArray();
    } else if (value instanceof JsonNode node) {
      writeNode(json, node);
    } else {
      throw new IllegalArgumentException("not a plain JSON value: " + value.getClass().getName());
    }
  }

  private static void writeNode(JsonGenerator json, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        json.writeStartObject();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          json.writeFieldName(e.getKey());
          writeNode(json, e.getValue());
        }
        json.writeEndObject();
      }
      case ARRAY -> {
        json.writeStartArray();
        for (JsonNode element : node) {
          writeNode(json, element);
        }
        json.writeEndArray();
      }
      case STRING -> json.writeString(node.textValue());
      case BOOLEAN -> json.writeBoolean(node.booleanValue());
      case NULL, MISSING -> json.writeNull();
      case NUMBER -> write(json, node.numberValue());
      default -> throw new IllegalArgumentException("not a plain JSON node: " + node.getNodeType());
    }
  }

  /**
   * Parses JSON text into the tree {@code ObjectMapper.readTree} gives (the same node types);
   * throws {@link IllegalArgumentException} with a short reason when it is not JSON.
   */
  public static JsonNode tree(byte[] utf8) {
    try (JsonParser parser = FACTORY.createParser(utf8)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IllegalArgumentException("empty JSON");
      }
      return node(parser, first);
    } catch (IOException e) {
      String message =
          e.getMessage() == null ? "not JSON" : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException(message, e);
    }
  }

  private static JsonNode node(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          object.replace(name, node(parser, parser.nextToken()));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(node(parser, t));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalArgumentException("not JSON: " + token);
    }
  }
}
