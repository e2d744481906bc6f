package org.trialdesk.randomization.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.trialdesk.platform.error.InvalidInputException;

/**
 * The body of {@code POST .../allocations/receipts}: a JSON array of strings, read here rather than
 * bound, so that an item of the wrong type is named by its index instead of failing the whole
 * document anonymously.
 */
final class ReceiptRequest {

  private ReceiptRequest() {}

  static List<String> codes(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidInputException(null, "problem.bodyRequired");
    }
    JsonStructure document;
    try (var reader = Json.createReader(new StringReader(body))) {
      document = reader.read();
    } catch (JsonException | IllegalStateException unreadable) {
      throw new InvalidInputException(null, "problem.malformedJson");
    }
    if (!(document instanceof JsonArray array)) {
      throw new InvalidInputException(null, "receipt.notArray");
    }
    if (array.size() > Receipts.MAX_CODES) {
      throw new InvalidInputException(null, "receipt.tooMany", array.size(), Receipts.MAX_CODES);
    }
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonValue item = array.get(i);
      if (!(item instanceof JsonString text)) {
        throw new InvalidInputException("[" + i + "]", "receipt.malformed");
      }
      codes.add(text.getString());
    }
    return codes;
  }
}
