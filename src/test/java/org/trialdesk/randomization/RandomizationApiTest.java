package org.trialdesk.randomization;

import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.ApiTest;
import org.trialdesk.testsupport.RandomizedTrial;

/** What the randomization API tests share: a trial of a given scheme, and who calls. */
abstract class RandomizationApiTest extends ApiTest {

  RandomizedTrial trial(String scheme) {
    return RandomizedTrial.create(api, code, scheme, null, 100, false).open();
  }

  Api coordinator() {
    return new Api(base).as("coordinator-osk");
  }

  Api monitor() {
    return new Api(base).as("monitor");
  }

  int allocations(RandomizedTrial trial) {
    return monitor().get("trials/" + trial.code + "/allocations").array().size();
  }
}
