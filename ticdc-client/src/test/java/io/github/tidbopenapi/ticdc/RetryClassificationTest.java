package io.github.tidbopenapi.ticdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tidbopenapi.core.RetryPolicy;
import io.github.tidbopenapi.core.error.ApiConnectionException;
import io.github.tidbopenapi.core.testing.CallMode;
import io.github.tidbopenapi.core.testing.Fixtures;
import io.github.tidbopenapi.core.testing.RawHttpServer;
import io.github.tidbopenapi.core.testing.RawHttpServer.Action;
import io.github.tidbopenapi.core.testing.RecordingSleeper;
import io.github.tidbopenapi.core.testing.Servers;
import io.github.tidbopenapi.ticdc.model.CreateChangefeedRequest;
import io.github.tidbopenapi.ticdc.model.ResolveLockRequest;
import io.github.tidbopenapi.ticdc.model.UpdateChangefeedRequest;
import io.github.tidbopenapi.ticdc.model.VerifyTableRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retry table of docs/reliability.md, proven per operation: each of the 23 TiCDC routes, sync and async, against
 * (1) 503 {@code CDC:ErrServerIsNotReady} then success, (2) a TCP reset after the request then success, and (3) a
 * first endpoint that refuses connections. Safe operations are repeated after (1) and (2); unsafe ones never are and
 * fail with the documented exception; every operation fails over after (3), since the request never left.
 */
class RetryClassificationTest {
  private static final String CF = "orders-to-kafka";
  private static final String CAPTURE = "2e3c4d5f-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

  /** Every TiCDC operation with its route, its class and a success answer. */
  enum Op {
    HEALTH("GET", "/health", true, "{}", c -> run(c::health), c -> c.async().health()),
    STATUS("GET", "/status", true, fixture("server-status.json"), TiCdcClient::status, c -> c.async().status()),
    SET_LOG_LEVEL("POST", "/log", true, "{}", c -> run(() -> c.setLogLevel("debug")),
        c -> c.async().setLogLevel("debug")),
    TSO("POST", "/tso", true, fixture("tso.json"), TiCdcClient::tso, c -> c.async().tso()),
    VERIFY_TABLE("POST", "/verify_table", true, fixture("tables.json"), c -> c.verifyTable(verify()),
        c -> c.async().verifyTable(verify())),
    CHANGEFEEDS_CREATE("POST", "/changefeeds", false, fixture("changefeed-info-full.json"),
        c -> c.changefeeds().create(create()), c -> c.async().changefeeds().create(create())),
    CHANGEFEEDS_LIST("GET", "/changefeeds", true, fixture("changefeed-list.json"), c -> c.changefeeds().list(),
        c -> c.async().changefeeds().list()),
    CHANGEFEEDS_GET("GET", "/changefeeds/{id}", true, fixture("changefeed-info-full.json"),
        c -> c.changefeeds().get(CF), c -> c.async().changefeeds().get(CF)),
    CHANGEFEEDS_META_INFO("GET", "/changefeeds/{id}/meta_info", true, fixture("changefeed-info-full.json"),
        c -> c.changefeeds().metaInfo(CF), c -> c.async().changefeeds().metaInfo(CF)),
    CHANGEFEEDS_UPDATE("PUT", "/changefeeds/{id}", false, fixture("changefeed-info-full.json"),
        c -> c.changefeeds().update(CF, update()), c -> c.async().changefeeds().update(CF, update())),
    CHANGEFEEDS_DELETE("DELETE", "/changefeeds/{id}", true, "{}", c -> run(() -> c.changefeeds().delete(CF)),
        c -> c.async().changefeeds().delete(CF)),
    CHANGEFEEDS_PAUSE("POST", "/changefeeds/{id}/pause", false, "{}", c -> run(() -> c.changefeeds().pause(CF)),
        c -> c.async().changefeeds().pause(CF)),
    CHANGEFEEDS_RESUME("POST", "/changefeeds/{id}/resume", false, "{}",
        c -> run(() -> c.changefeeds().resume(CF)), c -> c.async().changefeeds().resume(CF)),
    CHANGEFEEDS_STATUS("GET", "/changefeeds/{id}/status", true, fixture("changefeed-status.json"),
        c -> c.changefeeds().status(CF), c -> c.async().changefeeds().status(CF)),
    CHANGEFEEDS_SYNCED("GET", "/changefeeds/{id}/synced", true, fixture("synced-finished.json"),
        c -> c.changefeeds().synced(CF), c -> c.async().changefeeds().synced(CF)),
    CAPTURES_LIST("GET", "/captures", true, fixture("captures.json"), c -> c.captures().list(),
        c -> c.async().captures().list()),
    CAPTURES_DRAIN("POST", "/captures/{id}/drain", false, fixture("drain.json"), c -> c.captures().drain(CAPTURE),
        c -> c.async().captures().drain(CAPTURE)),
    PROCESSORS_LIST("GET", "/processors", true, fixture("processors.json"), c -> c.processors().list(),
        c -> c.async().processors().list()),
    PROCESSORS_GET("GET", "/processors/{cf}/{capture}", true, fixture("processor-detail.json"),
        c -> c.processors().get(CF, CAPTURE), c -> c.async().processors().get(CF, CAPTURE)),
    OWNER_RESIGN("POST", "/owner/resign", false, "{}", c -> run(() -> c.owner().resign()),
        c -> c.async().owner().resign()),
    UNSAFE_METADATA("GET", "/unsafe/metadata", true, fixture("etcd-data.json"), c -> c.unsafe().metadata(),
        c -> c.async().unsafe().metadata()),
    UNSAFE_RESOLVE_LOCK("POST", "/unsafe/resolve_lock", false, "{}",
        c -> run(() -> c.unsafe().resolveLock(lock())), c -> c.async().unsafe().resolveLock(lock())),
    UNSAFE_DELETE_SERVICE_GC_SAFEPOINT("DELETE", "/unsafe/service_gc_safepoint", false, "{}",
        c -> run(() -> c.unsafe().deleteServiceGcSafePoint()), c -> c.async().unsafe().deleteServiceGcSafePoint());

    final String method;
    final String route;
    final boolean safe;
    final String success;
    final Function<TiCdcClient, Object> sync;
    final Function<TiCdcClient, CompletableFuture<?>> async;

    Op(String method, String route, boolean safe, String success, Function<TiCdcClient, Object> sync,
        Function<TiCdcClient, CompletableFuture<?>> async) {
      this.method = method;
      this.route = route;
      this.safe = safe;
      this.success = success;
      this.sync = sync;
      this.async = async;
    }

    @SuppressWarnings("unchecked")
    Object call(TiCdcClient client, CallMode mode) {
      return mode.call(() -> sync.apply(client), () -> (CompletableFuture<Object>) async.apply(client));
    }

    int successStatus() {
      return this == CAPTURES_DRAIN ? 202 : 200;
    }
  }

  private static Object run(Runnable runnable) {
    runnable.run();
    return null;
  }

  private static String fixture(String name) {
    return Fixtures.read("fixtures/ticdc/" + name);
  }

  private static VerifyTableRequest verify() {
    return VerifyTableRequest.builder().sinkUri("blackhole://").startTs(1L).build();
  }

  private static CreateChangefeedRequest create() {
    return CreateChangefeedRequest.builder().changefeedId(CF).sinkUri("blackhole://").build();
  }

  private static UpdateChangefeedRequest update() {
    return UpdateChangefeedRequest.builder().targetTs(449748216840192999L).build();
  }

  private static ResolveLockRequest lock() {
    return ResolveLockRequest.builder().regionId(7L).ts(449748216840192000L).build();
  }

  static Stream<Arguments> everyOperationInBothModes() {
    return CallMode.inBothModes(Op.values());
  }

  private static TiCdcClient client(RecordingSleeper sleeper, String... endpoints) {
    return TiCdcClient.builder().endpoints(endpoints).sleeper(sleeper)
        .retryPolicy(RetryPolicy.builder().maxRetries(2).jitter(0).build()).build();
  }

  private static RawHttpServer server(Action first, Op op, List<String> seen) {
    AtomicInteger n = new AtomicInteger();
    return RawHttpServer.start(request -> {
      seen.add(request.method + " " + request.target);
      return n.getAndIncrement() == 0 ? first : Action.json(op.successStatus(), op.success);
    });
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyOperationInBothModes")
  void serverNotReady_isRepeatedOnlyForSafeOperations(Op op, CallMode mode) {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    Action notReady = Action.json(503, fixture("errors/server-not-ready.json"));
    try (RawHttpServer server = server(notReady, op, seen);
         TiCdcClient cdc = client(new RecordingSleeper(), server.url())) {
      if (op.safe) {
        op.call(cdc, mode);
        assertThat(seen).as(op + ": repeated once").hasSize(2);
      } else {
        RuntimeException e = catchThrowableOfType(RuntimeException.class, () -> op.call(cdc, mode));
        assertThat(e).as(op.name()).isInstanceOf(ServerNotReadyException.class);
        assertThat(seen).as(op + ": never repeated").hasSize(1);
      }
      assertThat(seen.get(0)).startsWith(op.method + " /api/v2" + op.route.replaceAll("\\{.*", ""));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyOperationInBothModes")
  void connectionResetAfterTheRequest_isRepeatedOnlyForSafeOperations(Op op, CallMode mode) {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (RawHttpServer server = server(Action.reset(), op, seen);
         TiCdcClient cdc = client(new RecordingSleeper(), server.url())) {
      if (op.safe) {
        op.call(cdc, mode);
        assertThat(seen).as(op + ": repeated once").hasSize(2);
      } else {
        ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class, () -> op.call(cdc, mode));
        assertThat(e).as(op.name()).isNotNull();
        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(seen).as(op + ": never repeated").hasSize(1);
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyOperationInBothModes")
  void refusedConnection_failsOverToTheNextEndpoint_forEveryOperation(Op op, CallMode mode) {
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    RecordingSleeper sleeper = new RecordingSleeper();
    try (RawHttpServer server = RawHttpServer.start(request -> {
      seen.add(request.method + " " + request.target);
      return Action.json(op.successStatus(), op.success);
    });
         TiCdcClient cdc = client(sleeper, Servers.refusingUrl(), server.url())) {
      op.call(cdc, mode);

      assertThat(seen).hasSize(1);
      assertThat(sleeper.waits()).as("failover needs no backoff").isEmpty();
    }
  }

  @Test
  void theTableCoversTheTwentyThreeRoutesOfTiCdc() {
    Set<String> routes = new HashSet<>();
    for (Op op : Op.values()) {
      routes.add(op.method + " " + op.route);
    }
    assertThat(routes).hasSize(23);
    assertThat(Stream.of(Op.values()).filter(op -> op.safe).count()).isEqualTo(15);
  }
}
