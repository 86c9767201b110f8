package io.github.tidbopenapi.core.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Runs an operation in its blocking or its async form. Async failures are unwrapped, so a test asserts the same
 * exception for both forms.
 */
public enum CallMode {
  SYNC, ASYNC;

  /** Calls the sync form, or the async form and waits (bounded) for its result. */
  public <T> T call(Supplier<T> sync, Supplier<CompletableFuture<T>> async) {
    if (this == SYNC) {
      return sync.get();
    }
    return await(async.get());
  }

  /** Runs a void operation in either form. */
  public void run(Runnable sync, Supplier<CompletableFuture<Void>> async) {
    call(() -> {
      sync.run();
      return null;
    }, async);
  }

  /** Every case in both forms, as {@code (case, mode)} arguments of a parameterized test. */
  public static Stream<Arguments> inBothModes(Object[] cases) {
    return Stream.of(cases).flatMap(c -> Stream.of(values()).map(mode -> Arguments.of(c, mode)));
  }

  /** Waits up to 30 s for a future; its failure is rethrown unwrapped. */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError("unexpected checked failure", e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }
}
