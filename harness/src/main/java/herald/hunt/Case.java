package herald.hunt;

import herald.scenario.Scenario;

/**
 * One scenario of a search, and the nemesis text its history's header records (how its faults
 * were made: {@code partition=any,crash=1}).
 */
public record Case(Scenario scenario, String nemesis) {
}
