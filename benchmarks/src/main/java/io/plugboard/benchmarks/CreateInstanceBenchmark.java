package io.plugboard.benchmarks;

import io.plugboard.app.Plugboard;
import io.plugboard.app.PlugboardSession;
import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.CreateAccountCommand;
import io.plugboard.application.port.in.CreateInstanceCommand;
import io.plugboard.application.port.in.CreatedInstance;
import io.plugboard.application.port.in.UseCases;
import io.plugboard.application.service.UseCaseFactory;
import io.plugboard.testkit.InMemoryAccountStore;
import io.plugboard.testkit.InMemoryElementCatalog;
import io.plugboard.testkit.InMemoryInstanceStore;
import io.plugboard.testkit.TestSecrets;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/** The create use case end to end in process: validation, token, digest, and the store. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CreateInstanceBenchmark {
  static final CreateInstanceCommand SEED = CreateInstanceCommand.builder().element("mixpanel")
      .name("API Instance").configuration("username", "xxxxxxxxxxxxxxxxxxxxxx").tag("Docs").build();

  /**
   * A fresh in-memory store every {@value #STORE_SIZE} creates. Kept for a whole iteration, its million instances
   * were all alive, and copying them made the collector take a third of the time (JMH's gc profiler: 1.6-1.9 s of
   * every 5 s), so the figure measured the heap rather than the use case.
   */
  @State(Scope.Benchmark)
  public static class InMemory {
    static final int STORE_SIZE = 100_000;
    UseCases useCases;
    Caller caller;
    int created;

    UseCases useCases() {
      if (++created == STORE_SIZE) {
        created = 0;
        open();
      }
      return useCases;
    }

    @Setup(Level.Iteration)
    public void open() {
      TestSecrets secrets = new TestSecrets();
      useCases = UseCaseFactory.create(InMemoryElementCatalog.standard(), new InMemoryInstanceStore(),
          new InMemoryAccountStore(), secrets, secrets, Clock.systemUTC());
      caller = useCases.authenticate().authenticate(useCases.createAccount()
          .createAccount(new CreateAccountCommand("Bench", "bench@example.test")).credentials());
    }
  }

  /** The real SQLite store (WAL, synchronous=FULL, encryption) on a temporary data directory. */
  @State(Scope.Benchmark)
  public static class OnSqlite {
    Plugboard plugboard;
    PlugboardSession session;

    @Setup(Level.Trial)
    public void open() {
      plugboard = Plugboard.temporary();
      session = plugboard.session(plugboard.createAccount("Bench", "bench@example.test").credentials());
    }

    @TearDown(Level.Trial)
    public void close() {
      plugboard.close();
    }
  }

  @Benchmark
  @Threads(1)
  public CreatedInstance inMemoryOneThread(InMemory state) {
    return state.useCases().createInstance().createInstance(state.caller, SEED);
  }

  @Benchmark
  @Threads(8)
  public CreatedInstance sqliteEightThreads(OnSqlite state) {
    return state.session.createInstance(SEED);
  }
}
