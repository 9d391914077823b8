package io.plugboard.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ArchitectureTest {
  private static final String BASE = "io.plugboard";
  private static JavaClasses plugboard;

  @BeforeAll
  static void importProductionClasses() {
    plugboard = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(BASE);
  }

  @Test
  void the_domain_depends_on_the_jdk_only() {
    ArchitectureRules.domainDependsOnTheJdkOnly(BASE).check(plugboard);
  }

  @Test
  void the_application_depends_on_the_domain_and_the_jdk_only() {
    ArchitectureRules.applicationDependsOnTheDomainAndTheJdkOnly(BASE).check(plugboard);
  }

  @Test
  void adapters_do_not_depend_on_each_other() {
    ArchitectureRules.adaptersDoNotDependOnEachOther(BASE).check(plugboard);
  }

  @Test
  void adapters_use_in_ports_not_services() {
    ArchitectureRules.adaptersUseInPortsNotServices(BASE).check(plugboard);
  }

  @Test
  void packages_are_free_of_cycles() {
    ArchitectureRules.packagesAreFreeOfCycles(BASE).check(plugboard);
  }

  @Test
  void the_wire_format_depends_on_the_core_and_jackson_only() {
    ArchitectureRules.wireFormatDependsOnTheCoreAndJacksonOnly(BASE).check(plugboard);
  }

  /** Each rule, run against a small fixture that breaks it, must fail: a rule that cannot fail proves nothing. */
  @Nested
  class Each_rule_catches_its_violation {
    private static final String FIXTURES = "io.plugboard.archfixture";

    private JavaClasses fixture(String name) {
      return new ClassFileImporter().importPackages(FIXTURES + "." + name);
    }

    @Test
    void a_domain_class_using_jackson() {
      assertThatThrownBy(() -> ArchitectureRules.domainDependsOnTheJdkOnly(FIXTURES + ".domainleak")
          .check(fixture("domainleak")))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("LeakyValue")
          .hasMessageContaining("com.fasterxml.jackson.databind.JsonNode");
    }

    @Test
    void an_application_service_using_jackson() {
      assertThatThrownBy(() -> ArchitectureRules.applicationDependsOnTheDomainAndTheJdkOnly(
          FIXTURES + ".applicationleak").check(fixture("applicationleak")))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("JsonParsingService");
    }

    @Test
    void an_adapter_calling_another_adapter() {
      assertThatThrownBy(() -> ArchitectureRules.adaptersDoNotDependOnEachOther(FIXTURES + ".adaptercoupling")
          .check(fixture("adaptercoupling")))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("HttpHandlerCallingCli")
          .hasMessageContaining("CliCommand");
    }

    @Test
    void an_adapter_reaching_a_service_class() {
      assertThatThrownBy(() -> ArchitectureRules.adaptersUseInPortsNotServices(FIXTURES + ".servicereach")
          .check(fixture("servicereach")))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("HandlerUsingService");
    }

    @Test
    void two_packages_depending_on_each_other() {
      assertThatThrownBy(() -> ArchitectureRules.packagesAreFreeOfCycles(FIXTURES + ".cycle")
          .check(fixture("cycle")))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Cycle detected");
    }
  }
}
