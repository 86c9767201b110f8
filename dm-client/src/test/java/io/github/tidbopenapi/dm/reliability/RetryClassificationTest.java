package io.github.tidbopenapi.dm.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tidbopenapi.core.RetryPolicy;
import io.github.tidbopenapi.core.error.ApiConnectionException;
import io.github.tidbopenapi.core.error.ServiceUnavailableException;
import io.github.tidbopenapi.core.json.JsonCodec;
import io.github.tidbopenapi.core.testing.CallMode;
import io.github.tidbopenapi.core.testing.Fixtures;
import io.github.tidbopenapi.core.testing.RawHttpServer;
import io.github.tidbopenapi.core.testing.RawHttpServer.Action;
import io.github.tidbopenapi.core.testing.RecordingSleeper;
import io.github.tidbopenapi.core.testing.Servers;
import io.github.tidbopenapi.dm.DmClient;
import io.github.tidbopenapi.dm.model.ClusterTopology;
import io.github.tidbopenapi.dm.model.ConvertTaskRequest;
import io.github.tidbopenapi.dm.model.MasterTopology;
import io.github.tidbopenapi.dm.model.PurgeRelayRequest;
import io.github.tidbopenapi.dm.model.Source;
import io.github.tidbopenapi.dm.model.Task;
import io.github.tidbopenapi.dm.model.UpdateTableStructureRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DM retry table of docs/dm-client.md and docs/reliability.md, proven per operation: each of the 42 operations
 * the DM client wraps (all of DM's 43 but the Swagger-UI page {@code GET /docs}), sync and async, against (1) HTTP 503
 * then success, (2) a TCP reset after the request then success, and (3) a first master that refuses connections.
 * Reads are repeated after (1) and (2); no write ever is, and it fails with the documented exception; every operation
 * fails over after (3), since the request never left.
 */
class RetryClassificationTest {
  private static final String S = "mysql-01";
  private static final String T = "user-shards";

  /** Every DM operation of the client with its route, whether it is a read, its success status and body. */
  enum Op {
    OPEN_API_SPEC("GET", "/dm.json", 200, "dm-json-excerpt.json", DmClient::openApiSpec,
        c -> c.async().openApiSpec()),
    CLUSTER_INFO("GET", "/cluster/info", 200, "cluster-info.json", c -> c.cluster().info(),
        c -> c.async().cluster().info()),
    CLUSTER_UPDATE_INFO("PUT", "/cluster/info", 200, "cluster-info.json", c -> c.cluster().updateInfo(topology()),
        c -> c.async().cluster().updateInfo(topology())),
    CLUSTER_LIST_MASTERS("GET", "/cluster/masters", 200, "masters.json", c -> c.cluster().listMasters(),
        c -> c.async().cluster().listMasters()),
    CLUSTER_OFFLINE_MASTER("DELETE", "/cluster/masters/{name}", 204, null,
        c -> run(() -> c.cluster().offlineMaster("dm-3")), c -> c.async().cluster().offlineMaster("dm-3")),
    CLUSTER_LIST_WORKERS("GET", "/cluster/workers", 200, "workers.json", c -> c.cluster().listWorkers(),
        c -> c.async().cluster().listWorkers()),
    CLUSTER_OFFLINE_WORKER("DELETE", "/cluster/workers/{name}", 204, null,
        c -> run(() -> c.cluster().offlineWorker("w-3")), c -> c.async().cluster().offlineWorker("w-3")),
    SOURCES_CREATE("POST", "/sources", 201, "source-created.json", c -> c.sources().create(source()),
        c -> c.async().sources().create(source())),
    SOURCES_LIST("GET", "/sources", 200, "source-list.json", c -> c.sources().list(),
        c -> c.async().sources().list()),
    SOURCES_GET("GET", "/sources/{name}", 200, "source-get.json", c -> c.sources().get(S),
        c -> c.async().sources().get(S)),
    SOURCES_UPDATE("PUT", "/sources/{name}", 200, "source-created.json", c -> c.sources().update(S, source()),
        c -> c.async().sources().update(S, source())),
    SOURCES_DELETE("DELETE", "/sources/{name}", 204, null, c -> run(() -> c.sources().delete(S)),
        c -> c.async().sources().delete(S)),
    SOURCES_STATUS("GET", "/sources/{name}/status", 200, "source-status.json", c -> c.sources().status(S),
        c -> c.async().sources().status(S)),
    SOURCES_ENABLE("POST", "/sources/{name}/enable", 200, null, c -> run(() -> c.sources().enable(S)),
        c -> c.async().sources().enable(S)),
    SOURCES_DISABLE("POST", "/sources/{name}/disable", 200, null, c -> run(() -> c.sources().disable(S)),
        c -> c.async().sources().disable(S)),
    SOURCES_TRANSFER("POST", "/sources/{name}/transfer", 200, null, c -> run(() -> c.sources().transfer(S, "w-2")),
        c -> c.async().sources().transfer(S, "w-2")),
    SOURCES_ENABLE_RELAY("POST", "/sources/{name}/relay/enable", 200, null,
        c -> run(() -> c.sources().enableRelay(S)), c -> c.async().sources().enableRelay(S)),
    SOURCES_DISABLE_RELAY("POST", "/sources/{name}/relay/disable", 200, null,
        c -> run(() -> c.sources().disableRelay(S)), c -> c.async().sources().disableRelay(S)),
    SOURCES_PURGE_RELAY("POST", "/sources/{name}/relay/purge", 200, null,
        c -> run(() -> c.sources().purgeRelay(S, purge())), c -> c.async().sources().purgeRelay(S, purge())),
    SOURCES_SCHEMAS("GET", "/sources/{name}/schemas", 200, "[\"shop\"]", c -> c.sources().schemas(S),
        c -> c.async().sources().schemas(S)),
    SOURCES_TABLES("GET", "/sources/{name}/schemas/{schema}", 200, "[\"orders\"]",
        c -> c.sources().tables(S, "shop"), c -> c.async().sources().tables(S, "shop")),
    TASKS_CREATE("POST", "/tasks", 201, "create-task-result.json", c -> c.tasks().create(task()),
        c -> c.async().tasks().create(task())),
    TASKS_LIST("GET", "/tasks", 200, "{\"total\":0,\"data\":[]}", c -> c.tasks().list(),
        c -> c.async().tasks().list()),
    TASKS_GET("GET", "/tasks/{name}", 200, "task-shard.json", c -> c.tasks().get(T), c -> c.async().tasks().get(T)),
    TASKS_UPDATE("PUT", "/tasks/{name}", 200, "create-task-result.json",
        c -> c.tasks().update("orders-sync", task("orders-sync")),
        c -> c.async().tasks().update("orders-sync", task("orders-sync"))),
    TASKS_DELETE("DELETE", "/tasks/{name}", 204, null, c -> run(() -> c.tasks().delete(T)),
        c -> c.async().tasks().delete(T)),
    TASKS_STATUS("GET", "/tasks/{name}/status", 200, "task-status.json", c -> c.tasks().status(T),
        c -> c.async().tasks().status(T)),
    TASKS_START("POST", "/tasks/{name}/start", 200, null, c -> run(() -> c.tasks().start(T)),
        c -> c.async().tasks().start(T)),
    TASKS_STOP("POST", "/tasks/{name}/stop", 200, null, c -> run(() -> c.tasks().stop(T)),
        c -> c.async().tasks().stop(T)),
    TASKS_MIGRATE_TARGETS("GET", "/tasks/{name}/sources/{source}/migrate_targets", 200, "migrate-targets.json",
        c -> c.tasks().migrateTargets(T, S), c -> c.async().tasks().migrateTargets(T, S)),
    TASKS_SCHEMAS("GET", "/tasks/{name}/sources/{source}/schemas", 200, "[\"shop\"]",
        c -> c.tasks().schemas(T, S), c -> c.async().tasks().schemas(T, S)),
    TASKS_TABLES("GET", "/tasks/{name}/sources/{source}/schemas/{schema}", 200, "[\"orders\"]",
        c -> c.tasks().tables(T, S, "shop"), c -> c.async().tasks().tables(T, S, "shop")),
    TASKS_TABLE_STRUCTURE("GET", "/tasks/{name}/sources/{source}/schemas/{schema}/{table}", 200,
        "table-structure.json", c -> c.tasks().tableStructure(T, S, "shop", "orders"),
        c -> c.async().tasks().tableStructure(T, S, "shop", "orders")),
    TASKS_UPDATE_TABLE_STRUCTURE("PUT", "/tasks/{name}/sources/{source}/schemas/{schema}/{table}", 200, null,
        c -> run(() -> c.tasks().updateTableStructure(T, S, "shop", "orders", structure())),
        c -> c.async().tasks().updateTableStructure(T, S, "shop", "orders", structure())),
    TASKS_DELETE_TABLE_STRUCTURE("DELETE", "/tasks/{name}/sources/{source}/schemas/{schema}/{table}", 204, null,
        c -> run(() -> c.tasks().deleteTableStructure(T, S, "shop", "orders")),
        c -> c.async().tasks().deleteTableStructure(T, S, "shop", "orders")),
    TASKS_CONVERT("POST", "/tasks/converters", 200, "converter-response.json", c -> c.tasks().convert(convert()),
        c -> c.async().tasks().convert(convert())),
    TEMPLATES_LIST("GET", "/tasks/templates", 200, "{\"total\":0,\"data\":[]}", c -> c.taskTemplates().list(),
        c -> c.async().taskTemplates().list()),
    TEMPLATES_CREATE("POST", "/tasks/templates", 201, "task-shard.json", c -> c.taskTemplates().create(task()),
        c -> c.async().taskTemplates().create(task())),
    TEMPLATES_IMPORT("POST", "/tasks/templates/import", 202, "template-import-response.json",
        c -> c.taskTemplates().importTemplates(), c -> c.async().taskTemplates().importTemplates()),
    TEMPLATES_GET("GET", "/tasks/templates/{name}", 200, "task-shard.json", c -> c.taskTemplates().get(T),
        c -> c.async().taskTemplates().get(T)),
    TEMPLATES_UPDATE("PUT", "/tasks/templates/{name}", 200, "task-shard.json",
        c -> c.taskTemplates().update(T, task()), c -> c.async().taskTemplates().update(T, task())),
    TEMPLATES_DELETE("DELETE", "/tasks/templates/{name}", 204, null, c -> run(() -> c.taskTemplates().delete(T)),
        c -> c.async().taskTemplates().delete(T));

    final String method;
    final String route;
    final int status;
    final String success;
    final Function<DmClient, Object> sync;
    final Function<DmClient, CompletableFuture<?>> async;

    Op(String method, String route, int status, String success, Function<DmClient, Object> sync,
        Function<DmClient, CompletableFuture<?>> async) {
      this.method = method;
      this.route = route;
      this.status = status;
      this.success = success == null ? "" : success.endsWith(".json") ? fixture(success) : success;
      this.sync = sync;
      this.async = async;
    }

    /** Reads are safe to repeat; every DM write (POST, PUT, DELETE) is not (docs/dm-client.md). */
    boolean safe() {
      return method.equals("GET");
    }

    @SuppressWarnings("unchecked")
    Object call(DmClient client, CallMode mode) {
      return mode.call(() -> sync.apply(client), () -> (CompletableFuture<Object>) async.apply(client));
    }

    Action answer() {
      return success.isEmpty() ? Action.respond(status, "application/json", new byte[0])
          : Action.json(status, success);
    }
  }

  private static Object run(Runnable runnable) {
    runnable.run();
    return null;
  }

  private static String fixture(String name) {
    return Fixtures.read("fixtures/dm/" + name);
  }

  private static ClusterTopology topology() {
    return ClusterTopology.builder().addMasterTopologyList(MasterTopology.builder().name("dm-1").host("10.0.0.1")
        .port(8261).build()).build();
  }

  private static Source source() {
    return Source.builder().sourceName(S).host("10.0.0.1").port(3306).user("dm").password("pw").build();
  }

  private static Task task() {
    return task(T);
  }

  private static Task task(String name) {
    try {
      return JsonCodec.mapper().readValue(fixture("task-shard.json"), Task.class).toBuilder().name(name).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PurgeRelayRequest purge() {
    return PurgeRelayRequest.builder().relayBinlogName("mysql-bin.000005").build();
  }

  private static UpdateTableStructureRequest structure() {
    return UpdateTableStructureRequest.builder().sqlContent("CREATE TABLE `orders` (`id` bigint PRIMARY KEY)")
        .build();
  }

  private static ConvertTaskRequest convert() {
    return ConvertTaskRequest.builder().task(task()).build();
  }

  static Stream<Arguments> everyOperationInBothModes() {
    return CallMode.inBothModes(Op.values());
  }

  private static DmClient client(RecordingSleeper sleeper, String... endpoints) {
    return DmClient.builder().endpoints(endpoints).sleeper(sleeper)
        .retryPolicy(RetryPolicy.builder().maxRetries(2).jitter(0).build()).build();
  }

  private static RawHttpServer server(Action first, Op op, List<String> seen) {
    AtomicInteger n = new AtomicInteger();
    return RawHttpServer.start(request -> {
      seen.add(request.method + " " + request.target);
      return n.getAndIncrement() == 0 ? first : op.answer();
    });
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyOperationInBothModes")
  void serviceUnavailable_isRepeatedOnlyForReads(Op op, CallMode mode) {
    List<String> seen = new CopyOnWriteArrayList<>();
    Action unavailable = Action.text(503, "text/plain", "no healthy upstream");
    try (RawHttpServer server = server(unavailable, op, seen);
         DmClient dm = client(new RecordingSleeper(), server.url())) {
      if (op.safe()) {
        op.call(dm, mode);
        assertThat(seen).as(op + ": repeated once").hasSize(2);
      } else {
        RuntimeException e = catchThrowableOfType(RuntimeException.class, () -> op.call(dm, mode));
        assertThat(e).as(op.name()).isInstanceOf(ServiceUnavailableException.class);
        assertThat(seen).as(op + ": never repeated").hasSize(1);
      }
      assertThat(seen.get(0)).startsWith(op.method + " /api/v1" + op.route.replaceAll("\\{.*", ""));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyOperationInBothModes")
  void connectionResetAfterTheRequest_isRepeatedOnlyForReads(Op op, CallMode mode) {
    List<String> seen = new CopyOnWriteArrayList<>();
    try (RawHttpServer server = server(Action.reset(), op, seen);
         DmClient dm = client(new RecordingSleeper(), server.url())) {
      if (op.safe()) {
        op.call(dm, mode);
        assertThat(seen).as(op + ": repeated once").hasSize(2);
      } else {
        ApiConnectionException e = catchThrowableOfType(ApiConnectionException.class, () -> op.call(dm, mode));
        assertThat(e).as(op.name()).isNotNull();
        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(seen).as(op + ": never repeated").hasSize(1);
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyOperationInBothModes")
  void refusedConnection_failsOverToTheNextMaster_forEveryOperation(Op op, CallMode mode) {
    List<String> seen = new CopyOnWriteArrayList<>();
    RecordingSleeper sleeper = new RecordingSleeper();
    try (RawHttpServer server = RawHttpServer.start(request -> {
      seen.add(request.method + " " + request.target);
      return op.answer();
    });
         DmClient dm = client(sleeper, Servers.refusingUrl(), server.url())) {
      op.call(dm, mode);

      assertThat(seen).hasSize(1);
      assertThat(seen.get(0)).startsWith(op.method + " /api/v1" + op.route.replaceAll("\\{.*", ""));
      assertThat(sleeper.waits()).as("failover needs no backoff").isEmpty();
    }
  }

  @Test
  void theTableCoversEveryOperationOfTheClient_42_ofDms43() {
    Set<String> routes = new HashSet<>();
    for (Op op : Op.values()) {
      routes.add(op.method + " " + op.route);
    }
    assertThat(routes).hasSize(42);
    assertThat(Stream.of(Op.values()).filter(Op::safe).count()).isEqualTo(18);
  }
}
