package org.trialdesk.randomization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Deployments;
import org.trialdesk.testsupport.RandomizedTrial;
import org.trialdesk.testsupport.Tampering;

/**
 * The last record of a chain has no successor whose link would betray it: altered and re-hashed
 * consistently behind the product's back, it is caught only by the head row. Runs inside the server
 * to reach the datasource.
 */
@ExtendWith(ArquillianExtension.class)
class AllocationHeadIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(LastRecordRehash.class);
  }

  @ArquillianResource URL base;

  @Inject LastRecordRehash rehash;

  @Test
  void aReHashedLastRecordIsCaughtByTheHead() throws SQLException {
    String code = Deployments.uniqueCode("HEA");
    RandomizedTrial trial =
        RandomizedTrial.create(
                new Api(base),
                code,
                """
                {"method": "PERMUTED_BLOCK", "blockSizes": [2], "stratifyBy": ["site"]}
                """,
                null,
                50,
                false)
            .open();
    Api osk = new Api(base).as("coordinator-osk");
    for (int i = 0; i < 3; i++) {
      String id =
          trial.enroll(osk, RandomizedTrial.eligible("OSK", "H-" + i, "R")).getString("subjectId");
      assertEquals(201, trial.randomize(osk, id).status());
    }
    Api monitor = new Api(base).as("monitor");
    String verification = "trials/" + code + "/allocations/verification";
    assertTrue(monitor.get(verification).object().getBoolean("valid"));
    JsonObject last = monitor.get("trials/" + code + "/allocations").array().getJsonObject(2);
    String otherArm = last.getString("arm").equals("IL2") ? "CHEMO" : "IL2";

    Tampering.oneRow("update allocation set arm_code = ? where" + LAST, otherArm, code);
    JsonObject altered = monitor.get(verification).object();
    assertFalse(altered.getBoolean("valid"));
    assertTrue(altered.getString("reason").contains("content"), altered.toString());

    Tampering.oneRow("update allocation set hash = ? where" + LAST, rehash.hashOfLast(code), code);
    JsonObject rehashed = monitor.get(verification).object();
    assertFalse(rehashed.getBoolean("valid"), "a consistent forgery must still fail: " + rehashed);
    assertEquals(3, rehashed.getInt("firstInvalidSequence"));
    assertTrue(rehashed.getString("reason").contains("head"), rehashed.toString());
    assertEquals(
        otherArm,
        monitor.get("trials/" + code + "/allocations").array().getJsonObject(2).getString("arm"));
  }

  private static final String LAST =
      " sequence_number = 3 and trial_id = (select id from trial where code = ?)";
}
