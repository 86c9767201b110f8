package io.github.tidbopenapi.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A minimal HTTP/1.1 keep-alive server on 127.0.0.1 that answers every request with canned bytes chosen by the
 * request path (query ignored). One thread per connection, at most {@link #MAX_CONNECTIONS}; request heads are
 * scanned as bytes and bodies skipped by Content-Length; the response head and body are prebuilt so serving costs one write. Unknown paths get
 * a 404. Not a general server: just enough for OkHttp on loopback, with as little overhead as possible.
 */
public final class LoopbackServer implements AutoCloseable {
  static final int MAX_CONNECTIONS = 256;

  private final ServerSocket socket;
  private final ExecutorService pool;
  private final Map<String, byte[]> responses = new ConcurrentHashMap<>();
  private final byte[] notFound = response(404, "{\"error_msg\":\"no such route\",\"error_code\":\"bench\"}"
      .getBytes(StandardCharsets.UTF_8));
  private volatile boolean closed;

  /**
   * Binds to an ephemeral port on 127.0.0.1 and starts accepting.
   *
   * @throws IOException if the port cannot be bound
   */
  public LoopbackServer() throws IOException {
    socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    pool = new ThreadPoolExecutor(1, MAX_CONNECTIONS + 1, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "loopback-server");
      t.setDaemon(true);
      return t;
    });
    pool.execute(this::acceptLoop);
  }

  /** Serves {@code body} with status 200 for requests to {@code path}. */
  public LoopbackServer route(String path, byte[] body) {
    responses.put(path, response(200, body));
    return this;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  public int port() {
    return socket.getLocalPort();
  }

  private static byte[] response(int status, byte[] body) {
    String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n"
        + "Content-Type: application/json; charset=utf-8\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  private void acceptLoop() {
    while (!closed) {
      Socket s;
      try {
        s = socket.accept();
      } catch (IOException e) {
        return;
      }
      try {
        pool.execute(() -> serve(s));
      } catch (RejectedExecutionException full) {
        closeQuietly(s);
      }
    }
  }

  private void serve(Socket s) {
    try (Socket conn = s) {
      conn.setTcpNoDelay(true);
      conn.setSoTimeout(120_000);
      RequestHeads heads = new RequestHeads(conn.getInputStream());
      OutputStream out = conn.getOutputStream();
      while (!closed && heads.next()) {
        byte[] answer = responses.getOrDefault(heads.path, notFound);
        out.write(answer);
        out.flush();
        if (heads.close) {
          return;
        }
      }
    } catch (SocketException | java.net.SocketTimeoutException e) {
      // client went away or idled out
    } catch (IOException | RuntimeException e) {
      // a malformed request ends the connection
    }
  }

  /**
   * Reads request heads straight from the socket into one buffer and scans them as bytes: only the request target,
   * {@code Content-Length} and {@code Connection} are looked at, and no string is made but the path. The server is
   * part of every measurement (it shares the 2 cores), so its cost per request must not depend on what the client
   * sends: reading the head a byte at a time through a synchronized stream into a string per line cost about 40 ns
   * per header byte, which charged a client for each header it sends.
   */
  static final class RequestHeads {
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONNECTION = "connection:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "close".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEAD = 16 * 1024;

    private final InputStream in;
    private final byte[] buf = new byte[MAX_HEAD];
    private int pos;
    private int limit;
    /** The request path of the last head read, without the query. */
    String path;
    /** Whether the last request asked to close the connection. */
    boolean close;

    RequestHeads(InputStream in) {
      this.in = in;
    }

    /** Reads the next request head and skips its body; {@code false} at a clean end of stream. */
    boolean next() throws IOException {
      int end;
      while ((end = headEnd()) < 0) {
        if (pos == 0 && limit == buf.length) {
          throw new IOException("request head too large");
        }
        if (pos > 0) {
          System.arraycopy(buf, pos, buf, 0, limit - pos);
          limit -= pos;
          pos = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
          if (limit > pos) {
            throw new IOException("connection closed inside a request head");
          }
          return false;
        }
        limit += n;
      }
      long contentLength = parse(pos, end);
      pos = end;
      skipBody(contentLength);
      return true;
    }

    /** The index after the blank line ending the head that starts at {@code pos}, or -1. */
    private int headEnd() {
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n' && i > pos) {
          if (i + 1 < limit && buf[i + 1] == '\n') {
            return i + 2;
          }
          if (i + 2 < limit && buf[i + 1] == '\r' && buf[i + 2] == '\n') {
            return i + 3;
          }
        }
      }
      return -1;
    }

    private long parse(int from, int to) throws IOException {
      while (from < to && (buf[from] == '\r' || buf[from] == '\n')) {
        from++;
      }
      int lineEnd = indexOf('\n', from, to);
      int targetStart = indexOf(' ', from, lineEnd) + 1;
      int targetEnd = indexOf(' ', targetStart, lineEnd);
      if (targetStart <= 0 || targetEnd < 0) {
        throw new IOException("malformed request line");
      }
      int query = indexOf('?', targetStart, targetEnd);
      path = new String(buf, targetStart, (query < 0 ? targetEnd : query) - targetStart, StandardCharsets.ISO_8859_1);
      close = false;
      long contentLength = 0;
      for (int line = lineEnd + 1, next; line < to; line = next + 1) {
        next = indexOf('\n', line, to);
        if (next < 0) {
          next = to;
        }
        if (startsWithIgnoreCase(line, to, CONTENT_LENGTH)) {
          contentLength = 0;
          for (int i = line + CONTENT_LENGTH.length; i < to && buf[i] != '\r' && buf[i] != '\n'; i++) {
            if (buf[i] >= '0' && buf[i] <= '9') {
              contentLength = contentLength * 10 + (buf[i] - '0');
            }
          }
        } else if (startsWithIgnoreCase(line, to, CONNECTION)) {
          int v = line + CONNECTION.length;
          while (v < to && buf[v] == ' ') {
            v++;
          }
          close = startsWithIgnoreCase(v, to, CLOSE);
        }
      }
      return contentLength;
    }

    private void skipBody(long length) throws IOException {
      long buffered = Math.min(length, limit - pos);
      pos += (int) buffered;
      length -= buffered;
      while (length > 0) {
        int n = in.read(buf, 0, (int) Math.min(buf.length, length));
        if (n < 0) {
          throw new IOException("connection closed inside a request body");
        }
        length -= n;
      }
      if (pos == limit) {
        pos = 0;
        limit = 0;
      }
    }

    private int indexOf(char c, int from, int to) {
      for (int i = from; i < to; i++) {
        if (buf[i] == c) {
          return i;
        }
      }
      return -1;
    }

    private boolean startsWithIgnoreCase(int at, int to, byte[] lowerCasePrefix) {
      if (to - at < lowerCasePrefix.length) {
        return false;
      }
      for (int i = 0; i < lowerCasePrefix.length; i++) {
        if ((buf[at + i] | 0x20) != lowerCasePrefix[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing to do
    }
    pool.shutdownNow();
  }
}
