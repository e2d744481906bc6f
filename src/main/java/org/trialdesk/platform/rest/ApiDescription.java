package org.trialdesk.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the API description the server generates from the resources, for every operation at
 * once rather than by annotating each: how to authenticate (a Bearer token or HTTP Basic), the
 * problem document of every refusal, a tag per capability, and the path parameters a resource
 * declares on its class. Summaries come from {@code META-INF/openapi-summaries.properties}, by
 * operation id; operation ids from the resource's class and method ({@code
 * microprofile-config.properties}). {@code OpenApiIT} holds the result to a validator.
 */
public class ApiDescription implements OASFilter {

  static final String PROBLEM = "#/components/schemas/Problem";

  /** Path prefix after /api/v1 → tag (capability), first match wins. */
  private static final Map<Pattern, String> TAGS = new LinkedHashMap<>();

  static {
    tag("/tokens", "tokens");
    tag("/audit", "audit");
    tag("/ctcae", "safety");
    tag("/regimen-terms", "trials");
    tag("/sites", "sites");
    tag("/trials/[^/]+/subjects/[^/]+/administrations", "treatment");
    tag("/trials/[^/]+/subjects/[^/]+/adverse-events", "safety");
    tag("/trials/[^/]+/subjects/[^/]+/(assessments|follow-ups)", "outcome");
    tag("/trials/[^/]+/analysis/adverse-events", "safety");
    tag("/trials/[^/]+/(analysis|consort)", "analysis");
    tag("/trials/[^/]+/adverse-events", "safety");
    tag("/trials/[^/]+/subjects/[^/]+/(randomization|unblinding)", "randomization");
    tag("/trials/[^/]+/(allocations|randomization)", "randomization");
    tag("/trials/[^/]+/subjects", "enrollment");
    tag("/trials/[^/]+/sites", "sites");
    tag("/trials", "trials");
  }

  private static void tag(String prefix, String name) {
    TAGS.put(Pattern.compile("^/api/v1" + prefix + "(/.*)?$"), name);
  }

  private static final Map<String, String> TAG_DESCRIPTIONS = new LinkedHashMap<>();

  static {
    TAG_DESCRIPTIONS.put(
        "trials", "Trials, their arms, criteria, factors and status; the regimen vocabulary.");
    TAG_DESCRIPTIONS.put("sites", "Institutions and their participation in trials.");
    TAG_DESCRIPTIONS.put("enrollment", "Screening, enrolment and a subject's status.");
    TAG_DESCRIPTIONS.put(
        "randomization", "Schemes, randomization, the allocation log, receipts, unblinding.");
    TAG_DESCRIPTIONS.put("safety", "Adverse events (CTCAE), SAE reports, the toxicity table.");
    TAG_DESCRIPTIONS.put("treatment", "Doses given, with changes and their reasons.");
    TAG_DESCRIPTIONS.put("outcome", "RECIST 1.1 tumour assessments and follow-up.");
    TAG_DESCRIPTIONS.put(
        "analysis", "Survival, response rates, CONSORT counts and the analysis data set.");
    TAG_DESCRIPTIONS.put("audit", "The audit trail.");
    TAG_DESCRIPTIONS.put("tokens", "The caller's personal API tokens.");
  }

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  private static final Properties SUMMARIES = summaries();

  private static Properties summaries() {
    Properties summaries = new Properties();
    try (InputStream in =
        ApiDescription.class.getResourceAsStream("/META-INF/openapi-summaries.properties")) {
      summaries.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException | NullPointerException missing) {
      throw new IllegalStateException("META-INF/openapi-summaries.properties is missing", missing);
    }
    return summaries;
  }

  @Override
  public void filterOpenAPI(OpenAPI api) {
    // The server's document host adds an empty object here unless there is one; a validator
    // refuses an empty one. The prose lives in the repository (docs/api.md), not on a site.
    api.setExternalDocs(
        OASFactory.createExternalDocumentation()
            .url("/openapi")
            .description("This description; docs/api.md in the TrialDesk repository explains it."));
    api.setServers(
        new ArrayList<>(
            List.of(
                OASFactory.createServer()
                    .url("/")
                    .description("This TrialDesk server; the API is under /api/v1."))));
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createComponents());
    }
    api.getComponents()
        .addSecurityScheme(
            "bearerAuth",
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("tdk_…")
                .description("A personal API token, made on the API tokens page or POST /tokens."))
        .addSecurityScheme(
            "basicAuth",
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("basic")
                .description("Username and password, for trying things."))
        .addSchema("FieldError", fieldError())
        .addSchema("Problem", problem());
    api.setSecurity(
        new ArrayList<>(
            List.of(
                OASFactory.createSecurityRequirement().addScheme("bearerAuth"),
                OASFactory.createSecurityRequirement().addScheme("basicAuth"))));
    List<Tag> tags = new ArrayList<>();
    TAG_DESCRIPTIONS.forEach(
        (name, description) ->
            tags.add(OASFactory.createTag().name(name).description(description)));
    api.setTags(tags);
    if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
      api.getPaths().getPathItems().forEach(this::complete);
    }
  }

  private void complete(String path, PathItem item) {
    item.getOperations().forEach((method, operation) -> complete(path, method, operation));
  }

  private void complete(String path, PathItem.HttpMethod method, Operation operation) {
    TAGS.entrySet().stream()
        .filter(e -> e.getKey().matcher(path).matches())
        .findFirst()
        .ifPresent(e -> operation.setTags(new ArrayList<>(List.of(e.getValue()))));
    if (operation.getSummary() == null && operation.getOperationId() != null) {
      operation.setSummary(SUMMARIES.getProperty(operation.getOperationId()));
    }
    declarePathParameters(path, operation);
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean takesInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    if (takesInput) {
      refusal(responses, "400", "Bad input: every offending field is named in errors.");
    }
    refusal(responses, "401", "No credentials, or a wrong, revoked or expired one.");
    refusal(responses, "403", "The caller's role does not allow this.");
    if (path.contains("{")) {
      refusal(responses, "404", "No such record, or one the caller may not see.");
    }
    if (method != PathItem.HttpMethod.GET) {
      refusal(responses, "409", "The record's state does not allow this now.");
    }
    refusal(responses, "503", "The database is out of reach; nothing was saved. Try again.");
  }

  /** A resource that names a path parameter on its class leaves it out of the operation. */
  private static void declarePathParameters(String path, Operation operation) {
    Matcher names = PATH_PARAMETER.matcher(path);
    while (names.find()) {
      String name = names.group(1);
      boolean declared =
          operation.getParameters() != null
              && operation.getParameters().stream()
                  .anyMatch(p -> p.getIn() == Parameter.In.PATH && name.equals(p.getName()));
      if (!declared) {
        operation.addParameter(
            OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.PATH)
                .required(true)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
      }
    }
  }

  /** Documents a refusal as a problem document; one described already keeps its description. */
  private static void refusal(APIResponses responses, String status, String description) {
    Content content =
        OASFactory.createContent()
            .addMediaType(
                Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    if (responses.hasAPIResponse(status)) {
      if (responses.getAPIResponse(status).getContent() == null) {
        responses.getAPIResponse(status).setContent(content);
      }
      return;
    }
    responses.addAPIResponse(
        status, OASFactory.createAPIResponse().description(description).content(content));
  }

  private static Schema fieldError() {
    return OASFactory.createObject(Schema.class)
        .addType(Schema.SchemaType.OBJECT)
        .description("One offending field, as a path in the request document, and why.")
        .addProperty("field", string("e.g. arms[0].regimen[1].dose"))
        .addProperty("message", string("In the caller's language (Accept-Language)."));
  }

  private static Schema problem() {
    return OASFactory.createObject(Schema.class)
        .addType(Schema.SchemaType.OBJECT)
        .description("An RFC 9457 problem document, sent as application/problem+json.")
        .addProperty("type", string("A URI naming the kind of problem."))
        .addProperty("title", string("A short summary of the kind of problem."))
        .addProperty(
            "status",
            OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("HTTP status"))
        .addProperty("detail", string("What went wrong with this request."))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
        .addProperty(
            "missing",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .addType(Schema.SchemaType.NULL)
                .description(
                    "What the record still lacks, when that is why the request was refused"
                        + " (a trial not ready to open for recruitment); null otherwise.")
                .items(
                    OASFactory.createObject(Schema.class)
                        .addType(Schema.SchemaType.OBJECT)
                        .addProperty(
                            "code", string("Stable, e.g. arms.tooFew or sites.noneActive."))
                        .addProperty("field", string("Where, in the record's document."))
                        .addProperty(
                            "message", string("In the caller's language (Accept-Language)."))));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
  }
}
