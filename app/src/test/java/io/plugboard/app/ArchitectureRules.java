package io.plugboard.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The hexagon's rules, for any base package, so that each can also be shown to catch a violating fixture. */
final class ArchitectureRules {
  private ArchitectureRules() {}

  static ArchRule domainDependsOnTheJdkOnly(String base) {
    return classes().that().resideInAPackage(base + ".domain..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(base + ".domain..", "java..")
        .because("the domain is plain Java");
  }

  static ArchRule applicationDependsOnTheDomainAndTheJdkOnly(String base) {
    return classes().that().resideInAPackage(base + ".application..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(base + ".application..", base + ".domain..", "java..")
        .because("use cases are plain Java; technology stays in adapters");
  }

  static ArchRule adaptersDoNotDependOnEachOther(String base) {
    return slices().matching(base + ".adapter.(*)..").should().notDependOnEachOther()
        .because("each adapter is replaceable on its own; the composition root wires them");
  }

  static ArchRule adaptersUseInPortsNotServices(String base) {
    return noClasses().that().resideInAPackage(base + ".adapter..")
        .should().dependOnClassesThat().resideInAPackage(base + ".application.service..")
        .because("driving adapters call use cases through their in-ports");
  }

  static ArchRule packagesAreFreeOfCycles(String base) {
    return slices().matching(base + ".(**)").should().beFreeOfCycles();
  }

  static ArchRule wireFormatDependsOnTheCoreAndJacksonOnly(String base) {
    return classes().that().resideInAPackage(base + ".wire..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(base + ".wire..", base + ".application..",
            base + ".domain..", "java..", "com.fasterxml.jackson..")
        .because("the wire format is shared by adapters, so it must not pull one in");
  }
}
