package org.trialdesk.safety;

import org.junit.jupiter.api.BeforeEach;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.SiteDates;

/**
 * What the adverse-event API tests share: a recruiting trial in blocks by site and resectability
 * with one randomized subject at OSK, and an event document to vary.
 */
abstract class AdverseEventApiTest extends ApiTest {

  static final long NAUSEA = 10028813;
  static final long DEATH_NOS = 10011914;
  static final long FEBRILE_NEUTROPENIA = 10016288;
  static final long GI_OTHER = 10017947;

  RandomizedTrial trial;
  String subject;
  String agent;
  String events;
  Api osk;

  @BeforeEach
  void randomizedSubject() {
    trial =
        RandomizedTrial.create(
                api, code, RandomizedTrial.BLOCKS_BY_SITE_AND_RESECTABILITY, null, 50, false)
            .open();
    osk = new Api(base).as("coordinator-osk");
    RandomizedTrial.Randomized randomized = trial.randomizedSubject(osk, "OSK", "AE-1");
    subject = randomized.subjectId();
    agent = randomized.agent();
    events = "trials/" + code + "/subjects/" + subject + "/adverse-events";
  }

  String event(long term, int grade, String extra) {
    return """
        {"meddraCode": %d, "grade": %d, "onsetDate": "%s", "outcome": "RECOVERING",
         "attribution": {"%s": "POSSIBLE"}%s}
        """
        .formatted(term, grade, SiteDates.today().minusDays(2), agent, extra);
  }
}
