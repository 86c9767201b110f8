package io.github.tidbopenapi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmark server answers what the benchmarks send, on one keep-alive connection, byte for byte. */
class LoopbackServerTest {
  private static final byte[] BODY = "{\"id\":\"cf\"}".getBytes(StandardCharsets.UTF_8);
  private static final String OK = "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
      + "Content-Length: " + BODY.length + "\r\n\r\n{\"id\":\"cf\"}";

  private LoopbackServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer().route("/api/v2/changefeeds/cf", BODY);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void answersRequestsOneAfterAnotherOnOneConnectionIgnoringQueryAndSkippingBodies() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(ascii("GET /api/v2/changefeeds/cf?namespace=default HTTP/1.1\r\nHost: x\r\n"
          + "Connection: keep-alive\r\nAccept: a/b\r\n\r\n"));
      assertThat(read(in, OK.length())).isEqualTo(OK);
      out.write(ascii("POST /api/v2/changefeeds/cf HTTP/1.1\r\ncontent-LENGTH: 5\r\n\r\n{}{}x"
          + "GET /api/v2/changefeeds/cf HTTP/1.1\r\n\r\n"));
      assertThat(read(in, 2 * OK.length())).isEqualTo(OK + OK);
    }
  }

  @Test
  void answersHeadsSplitAcrossWritesAndBodiesLargerThanItsBuffer() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      byte[] big = new byte[40_000];
      out.write(ascii("PUT /api/v2/changefeeds/cf HTTP/1.1\r\nContent-Le"));
      out.flush();
      out.write(ascii("ngth: " + big.length + "\r\n\r"));
      out.flush();
      out.write(ascii("\n"));
      out.write(big);
      out.write(ascii("GET /api/v2/changefeeds/cf HTTP/1.1\n\n"));
      assertThat(read(socket.getInputStream(), 2 * OK.length())).isEqualTo(OK + OK);
    }
  }

  @Test
  void answersUnknownPathsWith404AndClosesWhenAsked() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(ascii("GET /nowhere HTTP/1.1\r\nConnection: close\r\n\r\n"));
      String answer = read(socket.getInputStream(), Integer.MAX_VALUE);
      assertThat(answer).startsWith("HTTP/1.1 404 Not Found\r\n").endsWith("\"error_code\":\"bench\"}");
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Reads {@code n} bytes, or up to the end of the stream. */
  private static String read(InputStream in, int n) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (out.size() < n) {
      int r = in.read(buffer, 0, Math.min(buffer.length, n - out.size()));
      if (r < 0) {
        break;
      }
      out.write(buffer, 0, r);
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }
}
