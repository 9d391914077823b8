package io.plugboard.benchmarks;

import io.plugboard.adapter.crypto.DataKeys;
import io.plugboard.adapter.crypto.SecureRandomSecretGenerator;
import io.plugboard.adapter.crypto.TinkConfigurationCipher;
import io.plugboard.adapter.crypto.TinkSecretDigester;
import io.plugboard.application.port.out.SecretDigest;
import io.plugboard.domain.Configuration;
import io.plugboard.domain.ConfigurationPolicy;
import io.plugboard.domain.Element;
import io.plugboard.domain.Instance;
import io.plugboard.domain.InstanceName;
import io.plugboard.domain.Owner;
import io.plugboard.domain.Tags;
import io.plugboard.domain.Violations;
import io.plugboard.testkit.Elements;
import io.plugboard.wire.InstanceJson;
import io.plugboard.wire.JsonOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The parts of a create, one by one. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class CoreBenchmark {
  private final Element mixpanel = Elements.mixpanel();
  private final Map<String, Object> submitted = Map.of("username", "xxxxxxxxxxxxxxxxxxxxxx");
  private final SecureRandomSecretGenerator secrets = new SecureRandomSecretGenerator();
  private final DataKeys keys = DataKeys.generate();
  private final TinkSecretDigester digester = new TinkSecretDigester(keys);
  private final TinkConfigurationCipher cipher = new TinkConfigurationCipher(keys);
  private final byte[] configurationBytes = "\u0001username\u0000xxxxxxxxxxxxxxxxxxxxxx".getBytes(StandardCharsets.UTF_8);
  private final byte[] associatedData = "plugboard/instance/v1/1/12345".getBytes(StandardCharsets.UTF_8);
  private final Instance instance = new Instance(12345, new InstanceName("API Instance"), new Tags(List.of("Docs")),
      Elements.mixpanel(), new Configuration(Map.of("username", "xxxxxxxxxxxxxxxxxxxxxx")), true, false,
      new Owner(1, 1), Instant.parse("2017-08-07T18:46:38Z"));

  @Benchmark
  public Configuration validateConfiguration() {
    return ConfigurationPolicy.validate(submitted, mixpanel, new Violations());
  }

  @Benchmark
  public SecretDigest tokenWithItsDigest() {
    return digester.digest(secrets.newInstanceToken());
  }

  @Benchmark
  public byte[] encryptConfiguration() {
    return cipher.encrypt(configurationBytes, associatedData);
  }

  @Benchmark
  public byte[] serializeInstance() {
    return JsonOutput.compact(json -> InstanceJson.write(json, instance, "ABC/Dxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
  }
}
