package org.trialdesk.randomization.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The value types allocations and schemes are stored through: their text is what earlier versions
 * stored (and the chain hashed), and what they read back is exactly what was stored.
 */
class AllocationValuesTest {

  @Test
  void aStratumNamesTheLevelsInTheSchemesOrder() {
    Map<String, String> levels = Map.of("site", "OSK", "resectability", "RESECTED");
    assertThat(Stratum.of(List.of("site", "resectability"), levels).key())
        .isEqualTo("site=OSK;resectability=RESECTED");
    assertThat(Stratum.of(List.of("resectability", "site"), levels).key())
        .isEqualTo("resectability=RESECTED;site=OSK");
    assertThat(Stratum.of(List.of(), levels)).isEqualTo(Stratum.WHOLE_TRIAL);
    assertThat(Stratum.WHOLE_TRIAL.key()).isEqualTo("*");
  }

  @Test
  void factorLevelsAreWrittenInFactorOrderAndReadBackAsStored() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("site", "OSK");
    given.put("metastases", "2-4");
    given.put("resectability", "RESECTED");
    FactorLevels levels = FactorLevels.of(given);
    assertThat(levels.text()).isEqualTo("metastases=2-4;resectability=RESECTED;site=OSK");
    assertThat(levels.levels())
        .containsExactly(
            Map.entry("metastases", "2-4"),
            Map.entry("resectability", "RESECTED"),
            Map.entry("site", "OSK"));
    assertThat(FactorLevels.of(Map.of()).text()).isEmpty();
    Map<String, String> missing = new HashMap<>();
    missing.put("site", null);
    assertThat(FactorLevels.of(missing).text()).isEqualTo("site=null");
  }

  @Test
  void storedTextIsKeptByteForByteEvenWhereItWouldNotBeWrittenSoToday() {
    FactorLevels.AsText converter = new FactorLevels.AsText();
    for (String stored : List.of("site=OSK;metastases=1", "", "a=b=c")) {
      assertThat(converter.convertToDatabaseColumn(converter.convertToEntityAttribute(stored)))
          .isEqualTo(stored);
    }
    assertThat(new FactorLevels("a=b=c").levels()).containsEntry("a", "b=c");
  }

  @Test
  void schemeListsKeepTheirText() {
    SchemeLists.BlockSizesText sizes = new SchemeLists.BlockSizesText();
    SchemeLists.FactorCodesText codes = new SchemeLists.FactorCodesText();
    SchemeLists.FactorWeightsText weights = new SchemeLists.FactorWeightsText();
    assertThat(sizes.convertToDatabaseColumn(new SchemeLists.BlockSizes(List.of(2, 4))))
        .isEqualTo("2,4");
    assertThat(sizes.convertToEntityAttribute("4,2").sizes()).containsExactly(4, 2);
    assertThat(sizes.convertToEntityAttribute(null).sizes()).isEmpty();
    assertThat(sizes.convertToDatabaseColumn(sizes.convertToEntityAttribute(""))).isEmpty();
    assertThat(codes.convertToEntityAttribute("site,resectability").codes())
        .containsExactly("site", "resectability");
    Map<String, Double> weighed = new LinkedHashMap<>();
    weighed.put("site", 1.0);
    weighed.put("resectability", 2.5);
    assertThat(weights.convertToDatabaseColumn(new SchemeLists.FactorWeights(weighed)))
        .isEqualTo("site:1.0,resectability:2.5");
    assertThat(weights.convertToEntityAttribute("site:1.0,resectability:2.5").weights())
        .isEqualTo(weighed);
  }

  @Test
  void aCodeTheTextCouldNotHoldIsRefused() {
    assertThatThrownBy(() -> new SchemeLists.FactorCodes(List.of("a,b")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SchemeLists.FactorWeights(Map.of("a:b", 1.0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Stratum("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCodeOrSizeTheStoredTextsCouldNotHoldIsRefused() {
    for (String code : List.of("a;b", "a=b", "a,b", "")) {
      assertThatThrownBy(() -> new SchemeLists.FactorCodes(List.of(code)))
          .as(code)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new SchemeLists.FactorWeights(Map.of(code, 1.0)))
          .as(code)
          .isInstanceOf(IllegalArgumentException.class);
    }
    for (int size : new int[] {0, -2}) {
      assertThatThrownBy(() -> new SchemeLists.BlockSizes(List.of(4, size)))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> Stratum.of(List.of("site"), Map.of("site", "OSK;resectability=R")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stratum.of(List.of("a=b"), Map.of("a=b", "OSK")))
        .isInstanceOf(IllegalArgumentException.class);
    // Every text an earlier version stored still reads back as it was.
    SchemeLists.FactorCodesText codes = new SchemeLists.FactorCodesText();
    assertThat(codes.convertToDatabaseColumn(codes.convertToEntityAttribute("site,resectability")))
        .isEqualTo("site,resectability");
  }
}
