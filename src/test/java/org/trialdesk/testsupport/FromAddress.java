package org.trialdesk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * API requests from another source address than the tests' usual 127.0.0.1: any 127.x.y.z reaches
 * the server over the loopback interface, so a test can play a stranger at one address and the
 * account's owner at another. (The JDK's HTTP client cannot choose its local address, hence the
 * plain HTTP/1.0 over a socket.)
 */
public final class FromAddress {

  private final String source;
  private final URI api;
  private String authorization;

  private FromAddress(String source, URL deployment) {
    this(source, URI.create(deployment.toString()).resolve("api/v1/"));
  }

  private FromAddress(String source, URI api) {
    this.source = source;
    this.api = api;
  }

  /** Another client at the same address, for requests at once (a client is one thread's). */
  public FromAddress sameAddress() {
    return new FromAddress(source, api);
  }

  /** A client at a loopback address no other test run uses. */
  public static FromAddress somewhereElse(URL deployment) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new FromAddress(
        "127."
            + random.nextInt(1, 255)
            + "."
            + random.nextInt(0, 256)
            + "."
            + random.nextInt(2, 255),
        deployment);
  }

  public String address() {
    return source;
  }

  public FromAddress as(String username, String password) {
    authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public Api.Reply get(String path) {
    return send("GET", path, null);
  }

  public Api.Reply post(String path, String json) {
    return send("POST", path, json);
  }

  private Api.Reply send(String method, String path, String json) {
    URI target = api.resolve(path);
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    StringBuilder head =
        new StringBuilder()
            .append(method + " " + target.getRawPath() + " HTTP/1.0\r\n")
            .append("Host: " + target.getHost() + ":" + target.getPort() + "\r\n")
            .append("Accept: application/json\r\n")
            .append("Accept-Language: en\r\n");
    if (authorization != null) {
      head.append("Authorization: " + authorization + "\r\n");
    }
    if (json != null) {
      head.append("Content-Type: application/json\r\n");
    }
    head.append("Content-Length: " + body.length + "\r\n\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(source, 0));
      socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Api.Reply parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String response = all.toString(StandardCharsets.UTF_8);
    int end = response.indexOf("\r\n\r\n");
    String[] lines = response.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    String contentType = "";
    String challenge = null;
    for (String line : lines) {
      String lower = line.toLowerCase();
      if (lower.startsWith("content-type:")) {
        contentType = line.substring(13).trim();
      } else if (lower.startsWith("www-authenticate:")) {
        challenge = line.substring(17).trim();
      }
    }
    return new Api.Reply(status, contentType, response.substring(end + 4), challenge);
  }
}
