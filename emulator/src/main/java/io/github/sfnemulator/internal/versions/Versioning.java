package io.github.sfnemulator.internal.versions;

import io.github.sfnemulator.AliasRoute;
import io.github.sfnemulator.SfnApiException;
import io.github.sfnemulator.StateMachine;
import io.github.sfnemulator.StateMachineAlias;
import io.github.sfnemulator.StateMachineVersion;
import io.github.sfnemulator.internal.intrinsics.StatesUuid;
import io.github.sfnemulator.internal.model.StateMachineDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The versions and aliases of every state machine of one emulator, as the Step Functions API
 * defines them ("Versions and aliases" in the developer guide). Not thread-safe: the emulator calls
 * it under its registry lock.
 */
public final class Versioning {
  /** "You can publish up to 1000 versions for each state machine" (PublishStateMachineVersion). */
  static final int MAX_VERSIONS = 1000;

  /** Mixed into the emulator's seed so the router and revision ids draw streams of their own. */
  private static final long ROUTER_SALT = 0x9E3779B97F4A7C15L;

  private static final long REVISION_SALT = 0xC2B2AE3D27D4EB4FL;

  private final Map<String, Machine> machines = new HashMap<>();
  private final SplittableRandom router;

  /** Revision ids come from a stream of their own, so updates do not shift generated names. */
  private final SplittableRandom revisions;

  /** A version with the parsed definition it runs. */
  public record Published(StateMachineVersion version, StateMachineDefinition definition) {}

  /**
   * What a StartExecution ARN runs: a published version, and the alias that chose it (null when the
   * ARN named the version).
   */
  public record Target(Published published, String aliasArn) {}

  /** One state machine's versions, by number, and aliases, by name. */
  private static final class Machine {
    /** The highest number ever given: numbers are not reused after a deletion. */
    int lastNumber;

    final TreeMap<Integer, Published> versions = new TreeMap<>();
    final Map<String, StateMachineAlias> aliases = new LinkedHashMap<>();
  }

  public Versioning(long seed) {
    this.router = new SplittableRandom(seed ^ ROUTER_SALT);
    this.revisions = new SplittableRandom(seed ^ REVISION_SALT);
  }

  /** A new revision id: a UUID, as AWS gives, drawn from the seeded stream. */
  public String newRevisionId() {
    return StatesUuid.random(revisions);
  }

  /**
   * Publishes the current revision of {@code current}, or returns the version already published
   * from it (PublishStateMachineVersion is idempotent per revision).
   *
   * @param expectedRevision null, {@code INITIAL} or a revision id the current one must equal
   */
  public StateMachineVersion publish(
      StateMachine current,
      StateMachineDefinition definition,
      String expectedRevision,
      String description,
      Instant now) {
    String revision = current.revisionId();
    if (expectedRevision != null
        && !expectedRevision.equals(revision == null ? "INITIAL" : revision)) {
      throw new SfnApiException(
          "ConflictException",
          "Failed to publish the State Machine version for revision "
              + expectedRevision
              + ". The current State Machine revision is "
              + (revision == null ? "INITIAL" : revision)
              + ".");
    }
    Machine machine = machines.computeIfAbsent(current.arn(), arn -> new Machine());
    for (Published p : machine.versions.values()) {
      if (Objects.equals(p.version().revisionId(), revision)) {
        return p.version();
      }
    }
    if (machine.versions.size() >= MAX_VERSIONS) {
      throw new SfnApiException(
          "ServiceQuotaExceededException",
          "State machine '"
              + current.arn()
              + "' already has "
              + MAX_VERSIONS
              + " versions, the most AWS allows. Delete unused ones with DeleteStateMachineVersion.");
    }
    int number = ++machine.lastNumber;
    StateMachineVersion version =
        new StateMachineVersion(
            current.arn() + ":" + number,
            current.arn(),
            number,
            description,
            current.definition(),
            current.roleArn(),
            revision,
            now);
    machine.versions.put(number, new Published(version, definition));
    return version;
  }

  /** The versions of a state machine, newest first, as ListStateMachineVersions orders them. */
  public List<StateMachineVersion> versions(String machineArn) {
    Machine machine = machines.get(machineArn);
    List<StateMachineVersion> out = new ArrayList<>();
    if (machine != null) {
      machine.versions.descendingMap().values().forEach(p -> out.add(p.version()));
    }
    return out;
  }

  /** The version a version ARN names, or null. */
  public Published version(String versionArn) {
    QualifiedArn arn = QualifiedArn.parse(versionArn);
    Machine machine = arn.isVersion() ? machines.get(arn.machineArn()) : null;
    return machine == null ? null : machine.versions.get(number(arn.qualifier()));
  }

  /**
   * Deletes a version; deleting one that does not exist succeeds, as on AWS.
   *
   * @throws SfnApiException {@code ConflictException} while an alias routes to it
   */
  public void deleteVersion(String versionArn) {
    Published published = version(versionArn);
    if (published == null) {
      return;
    }
    Machine machine = machines.get(published.version().stateMachineArn());
    List<String> referencing =
        machine.aliases.values().stream()
            .filter(a -> a.routes().stream().anyMatch(r -> r.versionArn().equals(versionArn)))
            .map(StateMachineAlias::name)
            .toList();
    if (!referencing.isEmpty()) {
      throw new SfnApiException(
          "ConflictException",
          "Version to be deleted must not be referenced by an alias. Current list of aliases"
              + " referencing this version: ["
              + String.join(", ", referencing)
              + "]");
    }
    machine.versions.remove(published.version().number());
  }

  /**
   * Creates an alias of the state machine its routes' versions belong to; creating the same alias
   * again returns it.
   */
  public StateMachineAlias createAlias(
      String name, String description, List<AliasRoute> routes, Instant now) {
    AliasRouting.checkName(name);
    Machine machine = checkRoutes(routes);
    String machineArn = QualifiedArn.parse(routes.get(0).versionArn()).machineArn();
    StateMachineAlias existing = machine.aliases.get(name);
    if (existing != null) {
      if (existing.routes().equals(routes) && Objects.equals(existing.description(), description)) {
        return existing;
      }
      throw new SfnApiException(
          "ConflictException",
          "Failed to create alias because an alias with the same name and a different routing"
              + " configuration already exists.");
    }
    StateMachineAlias alias =
        new StateMachineAlias(machineArn + ":" + name, name, description, routes, now, null);
    machine.aliases.put(name, alias);
    return alias;
  }

  /**
   * @throws SfnApiException {@code ResourceNotFound}
   */
  public StateMachineAlias alias(String aliasArn) {
    QualifiedArn arn = QualifiedArn.parse(aliasArn);
    Machine machine = arn.isAlias() ? machines.get(arn.machineArn()) : null;
    StateMachineAlias alias = machine == null ? null : machine.aliases.get(arn.qualifier());
    if (alias == null) {
      throw new SfnApiException(
          "ResourceNotFound",
          "Resource not found: '"
              + aliasArn
              + "'. Create the alias with CreateStateMachineAlias first.");
    }
    return alias;
  }

  /** Replaces an alias's description and/or routes; null keeps the current value. */
  public StateMachineAlias updateAlias(
      String aliasArn, String description, List<AliasRoute> routes, Instant now) {
    StateMachineAlias current = alias(aliasArn);
    String machineArn = QualifiedArn.parse(aliasArn).machineArn();
    if (routes != null) {
      checkRoutes(routes);
      if (!QualifiedArn.parse(routes.get(0).versionArn()).machineArn().equals(machineArn)) {
        throw otherMachine(routes);
      }
    }
    StateMachineAlias updated =
        new StateMachineAlias(
            current.arn(),
            current.name(),
            description != null ? description : current.description(),
            routes != null ? routes : current.routes(),
            current.creationDate(),
            now);
    machines.get(machineArn).aliases.put(current.name(), updated);
    return updated;
  }

  /** Deletes an alias; its versions stay. Deleting one that does not exist succeeds. */
  public void deleteAlias(String aliasArn) {
    QualifiedArn arn = QualifiedArn.parse(aliasArn);
    Machine machine = arn.isAlias() ? machines.get(arn.machineArn()) : null;
    if (machine != null) {
      machine.aliases.remove(arn.qualifier());
    }
  }

  /** The aliases of a state machine, in the order they were created. */
  public List<StateMachineAlias> aliases(String machineArn) {
    Machine machine = machines.get(machineArn);
    return machine == null ? List.of() : List.copyOf(machine.aliases.values());
  }

  /** Deleting a state machine deletes its versions and aliases. */
  public void machineDeleted(String machineArn) {
    machines.remove(machineArn);
  }

  /**
   * What a qualified StartExecution ARN runs; an alias picks one of its routes with the seeded
   * router, so a fixed {@code EmulatorOptions.randomSeed} gives the same choices in the same order.
   *
   * @throws SfnApiException {@code StateMachineDoesNotExist} for a version or alias that does not
   *     exist (a deleted version included)
   */
  public Target resolve(String qualifiedArn) {
    QualifiedArn arn = QualifiedArn.parse(qualifiedArn);
    Machine machine = machines.get(arn.machineArn());
    if (arn.isVersion()) {
      Published published = machine == null ? null : machine.versions.get(number(arn.qualifier()));
      if (published != null) {
        return new Target(published, null);
      }
    } else {
      StateMachineAlias alias = machine == null ? null : machine.aliases.get(arn.qualifier());
      if (alias != null) {
        AliasRoute route = AliasRouting.pick(alias.routes(), router);
        return new Target(version(route.versionArn()), alias.arn());
      }
    }
    throw new SfnApiException(
        "StateMachineDoesNotExist",
        "State Machine Does Not Exist: '"
            + qualifiedArn
            + "'. Publish the version (or create the alias) first; a deleted version cannot run.");
  }

  /**
   * Checks routes in AWS's order: their shape first, then that each names a published version, all
   * of one state machine. Returns that machine's entry.
   */
  private Machine checkRoutes(List<AliasRoute> routes) {
    AliasRouting.checkShape(routes);
    String machineArn = null;
    for (AliasRoute route : routes) {
      QualifiedArn arn = QualifiedArn.parse(route.versionArn());
      if (!arn.isVersion()) {
        throw new SfnApiException(
            "ValidationException",
            "Routing configuration must contain state machine version ARNs. Received: "
                + AliasRouting.arns(routes));
      }
      if (version(route.versionArn()) == null) {
        throw new SfnApiException(
            "ResourceNotFound",
            "Resource not found: '"
                + route.versionArn()
                + "'. Publish the version before routing to it.");
      }
      if (machineArn != null && !machineArn.equals(arn.machineArn())) {
        throw otherMachine(routes);
      }
      machineArn = arn.machineArn();
    }
    return machines.get(machineArn);
  }

  private static SfnApiException otherMachine(List<AliasRoute> routes) {
    return new SfnApiException(
        "ValidationException",
        "Routing configuration must contain versions of the alias's state machine only. Received: "
            + AliasRouting.arns(routes));
  }

  private static int number(String qualifier) {
    try {
      return Integer.parseInt(qualifier);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
