package org.trialdesk.demo;

import java.util.Map;
import org.trialdesk.trial.entity.EligibilityCriterion;
import org.trialdesk.trial.entity.FactorLevel;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;

/**
 * The Japanese forms of the demo trial's own text — title, arms, factors and levels, criteria and
 * institutions — as the trial office of a Japanese group would write them, so the demo reads in
 * Japanese throughout for a Japanese reader.
 */
final class DemoJapanese {

  static final Map<String, String> SITES =
      Map.of(
          "OSK", "大阪市立病院",
          "KOB", "神戸総合病院",
          "KYO", "京都医療センター",
          "NAR", "奈良県立病院",
          "WAK", "和歌山医療センター",
          "SAK", "堺市立病院");

  private static final Map<String, String> ARMS =
      Map.of("IL2", "IL-2＋5-FU＋MMC 肝動注群", "CHEMO", "5-FU＋MMC 肝動注群");

  private static final Map<String, String> FACTORS =
      Map.of("site", "施設", "resectability", "肝転移の切除", "metastases", "肝転移の個数");

  private static final Map<String, String> LEVELS =
      Map.of(
          "RESECTED", "切除済み（根治的肝切除後の補助療法）",
          "UNRESECTABLE", "切除不能",
          "1", "単発",
          "2-4", "2～4個",
          "5-PLUS", "5個以上");

  private static final Map<String, String> CRITERIA =
      Map.of(
          "I1", "組織学的に確認された結腸または直腸の腺癌",
          "I2", "遠隔転移は肝転移のみ",
          "I3", "ECOG performance status 0～2",
          "I4", "登録前14日以内の骨髄・肝・腎機能が保たれている",
          "E1", "肝外転移（肺、骨、腹膜、遠隔リンパ節）がある",
          "E2", "肝動注化学療法または IL-2 の治療歴がある",
          "E3", "活動性の感染症またはコントロール不良の心疾患がある");

  private DemoJapanese() {}

  static Trial translate(Trial trial) {
    trial.setTitleJa("大腸癌肝転移に対するインターロイキン2併用5-FU・マイトマイシンC肝動注療法と" + "5-FU・マイトマイシンC肝動注療法のランダム化比較試験");
    trial.getArms().forEach(arm -> arm.setNameJa(ARMS.get(arm.getCode())));
    for (StratificationFactor factor : trial.getFactors()) {
      factor.setNameJa(FACTORS.get(factor.getCode()));
      for (FactorLevel level : factor.getLevels()) {
        level.setNameJa(LEVELS.get(level.getCode()));
      }
    }
    for (EligibilityCriterion criterion : trial.getCriteria()) {
      criterion.setTextJa(CRITERIA.get(criterion.getCode()));
    }
    return trial;
  }
}
