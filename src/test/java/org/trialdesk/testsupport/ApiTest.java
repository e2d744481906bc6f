package org.trialdesk.testsupport;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** An API test: the application deployed, a client of its JSON API, a code unique to the test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ApiTest {

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource protected URL base;

  protected Api api;
  protected String code;

  @BeforeEach
  void client() {
    api = new Api(base);
    code = Deployments.uniqueCode(getClass().getSimpleName().substring(0, 3).toUpperCase());
  }
}
