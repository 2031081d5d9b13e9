package io.github.sfnemulator.internal.server;

import io.github.sfnemulator.ServerOptions;
import io.github.sfnemulator.StepFunctionsEmulator;

/** What every operation works on: the emulator, the API's own metadata and the server options. */
record ApiContext(
    StepFunctionsEmulator emulator,
    ResourceMetadata metadata,
    ServerOptions options,
    VirtualTimeDriver timeDriver) {}
