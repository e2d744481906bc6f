package org.trialdesk.safety;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Api.Reply;

/**
 * A bilingual dictionary file over an English-only dictionary: the Japanese texts are filled in for
 * the terms adverse events already use, callers asking for Japanese read them, and a term without
 * Japanese is read in English.
 */
class CtcaeJapaneseIT extends AdverseEventApiTest {

  private static final long HEADACHE = 10019211;
  private static final long DYSPNEA = 10013963;

  private static final String ENGLISH =
      """
      MedDRA Code,MedDRA SOC,CTCAE Term,Grade 1,Grade 2,Grade 3,Grade 4,Grade 5
      10019211,Nervous system disorders,Headache,Mild pain,\
      Moderate pain; limits instrumental daily activities,Severe pain; limits self-care,-,-
      10013963,"Respiratory, thoracic and mediastinal disorders",Dyspnea,\
      Shortness of breath with moderate exertion,Shortness of breath with minimal exertion,\
      Shortness of breath at rest,Life-threatening; urgent treatment,Death
      """;

  @Test
  void aBilingualImportFillsInJapaneseForTermsInUseAndEnglishStaysTheFallback() throws IOException {
    Api admin = new Api(base).as("admin");
    Reply english = admin.postBytes("ctcae/import", bytes(ENGLISH), "text/csv");
    assertThat(english.status()).as(english.toString()).isEqualTo(200);
    Reply recorded = osk.post(events, event(HEADACHE, 2, ""));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    int id = recorded.object().getInt("id");

    Reply bilingual = admin.postBytes("ctcae/import", bilingualFile(), "text/csv");
    assertThat(bilingual.status()).as(bilingual.toString()).isEqualTo(200);
    assertThat(bilingual.object().getInt("terms")).isEqualTo(5);
    assertThat(bilingual.object().getInt("japanese")).isEqualTo(4);

    JsonObject inJapanese = osk.inLanguage("ja").get(events + "/" + id).object();
    assertThat(inJapanese.getInt("meddraCode")).as("the same term").isEqualTo((int) HEADACHE);
    assertThat(inJapanese.getString("term")).isEqualTo("頭痛");
    assertThat(inJapanese.getString("soc")).isEqualTo("神経系障害");
    assertThat(inJapanese.getString("gradeDescription")).isEqualTo("中等度の痛み; 身の回り以外の日常生活動作が制限される");
    JsonObject inEnglish = osk.inLanguage("en").get(events + "/" + id).object();
    assertThat(inEnglish.getString("term")).isEqualTo("Headache");
    assertThat(inEnglish.getString("gradeDescription"))
        .isEqualTo("Moderate pain; limits instrumental daily activities");

    Api japanese = new Api(base).as("coordinator-osk").inLanguage("ja");
    JsonObject dyspnea = japanese.get("ctcae/terms/" + DYSPNEA).object();
    assertThat(dyspnea.getString("term")).as("no Japanese: English").isEqualTo("Dyspnea");
    assertThat(dyspnea.getJsonArray("grades").getString(2))
        .isEqualTo("Shortness of breath at rest");
    assertThat(codes(japanese.get("ctcae/terms?q=" + encoded("頭痛")))).contains((int) HEADACHE);
    assertThat(codes(japanese.get("ctcae/terms?q=headache"))).contains((int) HEADACHE);
    assertThat(japanese.get("ctcae/terms/10028813").object().getJsonArray("grades").getString(0))
        .isEqualTo("食欲は落ちたが、食べ方は変わらない");

    Api monitor = new Api(base).as("monitor").inLanguage("ja");
    assertThat(
            monitor
                .get("trials/" + code + "/adverse-events?term=" + encoded("頭"))
                .array()
                .getJsonObject(0)
                .getString("term"))
        .as("the trial's list filtered by the Japanese name")
        .isEqualTo("頭痛");
    assertThat(
            monitor
                .get("trials/" + code + "/analysis/adverse-events")
                .array()
                .getJsonObject(0)
                .getString("term"))
        .as("the toxicity table in Japanese")
        .isEqualTo("頭痛");

    assertThat(admin.get("audit?entity=CtcaeDictionary&max=1").array().getJsonObject(0).toString())
        .as("audited as any import")
        .contains("4 with Japanese names");
  }

  @Test
  void aBadBilingualLineIsReportedByLineAndColumnAndNothingIsSaved() throws IOException {
    Api admin = new Api(base).as("admin");
    assertThat(admin.postBytes("ctcae/import", bilingualFile(), "text/csv").status())
        .isEqualTo(200);
    String file =
        new String(bilingualFile(), StandardCharsets.UTF_8)
            .replace(",悪心,", ",吐き気,")
            .replace("身の回りの日常生活動作が制限される,-,-", "身の回りの日常生活動作が制限される,-,生命を脅かす");
    Reply refused = admin.postBytes("ctcae/import", bytes(file), "text/csv");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.errorFor("lines[5].Grade 4 (ja)")).contains("10019211");
    assertThat(
            new Api(base).inLanguage("ja").get("ctcae/terms/10028813").object().getString("term"))
        .as("the good line before it was not saved either")
        .isEqualTo("悪心");
  }

  private static byte[] bilingualFile() throws IOException {
    try (InputStream in = CtcaeJapaneseIT.class.getResourceAsStream("/ctcae/bilingual.csv")) {
      return in.readAllBytes();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static java.util.List<Integer> codes(Reply terms) {
    return terms.array().getValuesAs(JsonObject.class).stream()
        .map(t -> t.getInt("meddraCode"))
        .toList();
  }
}
