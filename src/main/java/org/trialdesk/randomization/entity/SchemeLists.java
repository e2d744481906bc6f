package org.trialdesk.randomization.entity;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lists a randomization scheme holds — block sizes, the factors it stratifies by, the factors
 * minimization weighs — as values, stored as the comma-joined text schemes have always been stored
 * in (and shown in the audit trail as). A code that the text could not hold back is refused when
 * the value is made, never written half-readable.
 */
public final class SchemeLists {

  private SchemeLists() {}

  /** The block sizes permuted blocks draw from, in the order given. */
  public record BlockSizes(List<Integer> sizes) {

    public BlockSizes {
      sizes = List.copyOf(sizes);
    }

    public String text() {
      return sizes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static BlockSizes parse(String text) {
      return new BlockSizes(split(text).stream().map(Integer::valueOf).toList());
    }
  }

  /** Factor codes in the scheme's order (the stratum key follows it). */
  public record FactorCodes(List<String> codes) {

    public FactorCodes {
      codes = List.copyOf(codes);
      codes.forEach(code -> requireStorable(code, ","));
    }

    public String text() {
      return String.join(",", codes);
    }

    static FactorCodes parse(String text) {
      return new FactorCodes(split(text));
    }
  }

  /** Factor code → weight, for minimization. */
  public record FactorWeights(Map<String, Double> weights) {

    public FactorWeights {
      weights.keySet().forEach(code -> requireStorable(code, ",:"));
      weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    public String text() {
      return weights.entrySet().stream()
          .map(e -> e.getKey() + ":" + e.getValue())
          .collect(Collectors.joining(","));
    }

    static FactorWeights parse(String text) {
      Map<String, Double> weights = new LinkedHashMap<>();
      for (String pair : split(text)) {
        int colon = pair.lastIndexOf(':');
        weights.put(pair.substring(0, colon), Double.valueOf(pair.substring(colon + 1)));
      }
      return new FactorWeights(weights);
    }
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static void requireStorable(String code, String separators) {
    if (code == null || code.isEmpty() || code.chars().anyMatch(c -> separators.indexOf(c) >= 0)) {
      throw new IllegalArgumentException("Not a factor code a scheme can hold: " + code);
    }
  }

  @Converter
  public static class BlockSizesText extends TextConverter<BlockSizes> {
    public BlockSizesText() {
      super(BlockSizes::text, BlockSizes::parse);
    }
  }

  @Converter
  public static class FactorCodesText extends TextConverter<FactorCodes> {
    public FactorCodesText() {
      super(FactorCodes::text, FactorCodes::parse);
    }
  }

  @Converter
  public static class FactorWeightsText extends TextConverter<FactorWeights> {
    public FactorWeightsText() {
      super(FactorWeights::text, FactorWeights::parse);
    }
  }
}
