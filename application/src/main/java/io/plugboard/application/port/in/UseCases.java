package io.plugboard.application.port.in;

/** Every in-port, as the composition root hands them to the driving adapters. */
public record UseCases(
    AuthenticateUseCase authenticate,
    CreateAccountUseCase createAccount,
    BootstrapAccountUseCase bootstrapAccount,
    ListElementsUseCase listElements,
    GetElementUseCase getElement,
    CreateInstanceUseCase createInstance,
    GetInstanceUseCase getInstance,
    ListInstancesUseCase listInstances,
    DeleteInstanceUseCase deleteInstance) {}
