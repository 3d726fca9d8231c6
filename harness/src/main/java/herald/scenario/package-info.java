/**
 * Scenarios: everything that decides a run, as data.
 *
 * <p>A {@link herald.scenario.Scenario} names the protocol and the nodes, lists the broadcasts
 * the workload will ask for (who, when, what), the fault schedule, the seed of the network's
 * randomness and the durations. Given the same scenario, the simulator produces the same history,
 * byte for byte; a search generates scenarios from successive seeds, and a shrinker makes a
 * failing one smaller while it still fails. A {@link herald.scenario.ScenarioFile} is a scenario
 * as {@code scenario.json}, with the spec and the header's provenance, so that replaying it
 * writes the same history file.
 */
package herald.scenario;
