package org.trialdesk.testsupport;

import jakarta.json.JsonObject;

/**
 * A trial set up over the API for enrollment and randomization tests: arms IL2 and CHEMO (1:1),
 * factors site and resectability (R, U), criteria I1 (inclusion) and E1 (exclusion), sites OSK and
 * KOB active, NAR pending, and the scheme given; recruiting once {@link #open()} is called.
 */
public final class RandomizedTrial {

  public static final String BLOCKS_BY_SITE_AND_RESECTABILITY =
      """
      {"method": "PERMUTED_BLOCK", "blockSizes": [2, 4], "stratifyBy": ["site", "resectability"]}
      """;

  private final Api admin;
  public final String code;

  private RandomizedTrial(Api admin, String code) {
    this.admin = admin;
    this.code = code;
  }

  /** An open, unblinded trial in blocks stratified by site and resectability, target 20. */
  public static RandomizedTrial recruiting(Api api, String code) {
    return create(api, code, BLOCKS_BY_SITE_AND_RESECTABILITY, null, 20, false).open();
  }

  /** A trial created earlier in the test. */
  public static RandomizedTrial existing(Api api, String code) {
    return new RandomizedTrial(api, code);
  }

  /** Creates the trial (as admin) with {@code scheme}, {@code oskCap} at OSK, still a draft. */
  public static RandomizedTrial create(
      Api api, String code, String scheme, Integer oskCap, int target, boolean blinded) {
    Api.Reply created =
        api.as("admin")
            .post(
                "trials",
                """
                {"code": "%s", "title": "Randomization test %s", "phase": "PHASE_3",
                 "targetEnrollment": %d, "blinded": %s,
                 "arms": [{"code": "IL2", "name": "IL-2 + chemo", "ratio": 1, "regimen": [
                            {"agent": "IL-2", "dose": 700000, "unit": "U",
                             "route": "HEPATIC_ARTERIAL_INFUSION",
                             "schedule": "CONTINUOUS_INFUSION_DAILY"}]},
                          {"code": "CHEMO", "name": "Chemo", "ratio": 1, "regimen": [
                            {"agent": "MMC", "dose": 4, "unit": "MG",
                             "route": "HEPATIC_ARTERIAL_INFUSION",
                             "schedule": "BOLUS_WEEKLY"}]}],
                 "factors": [{"code": "site", "name": "Site"},
                             {"code": "resectability", "name": "Resectability", "levels": [
                               {"code": "R", "name": "Resected"},
                               {"code": "U", "name": "Unresectable"}]}],
                 "criteria": [{"code": "I1", "type": "INCLUSION", "text": "Adenocarcinoma"},
                              {"code": "E1", "type": "EXCLUSION", "text": "Extrahepatic"}],
                 "sites": [{"code": "OSK", "status": "ACTIVE", "cap": %s},
                           {"code": "KOB", "status": "ACTIVE"},
                           {"code": "NAR", "status": "PENDING"}],
                 "randomization": %s}
                """
                    .formatted(
                        code, code, target, blinded, oskCap == null ? "null" : oskCap, scheme));
    if (created.status() != 201) {
      throw new IllegalStateException("Trial not created: " + created);
    }
    return new RandomizedTrial(api, code);
  }

  public RandomizedTrial open() {
    Api.Reply opened =
        admin
            .as("admin")
            .post(
                "trials/" + code + "/status",
                "{\"status\": \"RECRUITING\", \"reasonForChange\": \"Opened for the test\"}");
    if (opened.status() != 200) {
      throw new IllegalStateException("Trial not opened: " + opened);
    }
    return this;
  }

  /**
   * An eligible subject with consent signed three days ago (at the site) and the given
   * resectability.
   */
  public static String eligible(String site, String screening, String resectability) {
    return """
        {"siteCode": "%s", "screeningNumber": "%s", "initials": "TY", "birthYear": 1950,
         "sex": "M", "eligibility": {"I1": true, "E1": false},
         "consent": {"version": "1.0", "signedOn": "%s"},
         "factors": {"resectability": "%s"}}
        """
        .formatted(site, screening, SiteDates.today().minusDays(3), resectability);
  }

  /** Enrolls as {@code caller} and returns the reply's document (status 201 checked). */
  public JsonObject enroll(Api caller, String json) {
    Api.Reply reply = caller.post("trials/" + code + "/subjects", json);
    if (reply.status() != 201) {
      throw new IllegalStateException("Not enrolled: " + reply);
    }
    return reply.object();
  }

  /** A subject enrolled and randomized, with its arm. */
  public record Randomized(String subjectId, String arm) {

    /** The first agent of the arm's regimen as this trial defines it. */
    public String agent() {
      return arm.equals("IL2") ? "IL-2" : "MMC";
    }
  }

  /** Enrolls an eligible subject at {@code site} as {@code caller} and randomizes it. */
  public Randomized randomizedSubject(Api caller, String site, String screening) {
    String subjectId = enroll(caller, eligible(site, screening, "R")).getString("subjectId");
    Api.Reply assignment = randomize(caller, subjectId);
    if (assignment.status() != 201) {
      throw new IllegalStateException("Not randomized: " + assignment);
    }
    return new Randomized(subjectId, assignment.object().getString("arm"));
  }

  public Api.Reply randomize(Api caller, String subjectId) {
    return caller.post("trials/" + code + "/subjects/" + subjectId + "/randomization", null);
  }
}
