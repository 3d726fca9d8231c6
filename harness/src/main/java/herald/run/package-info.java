/**
 * Runs: one scenario simulated, its history written and checked against a spec, and the results
 * kept in a store directory ({@code store/<protocol>/<time>-seed<S>/}) with the command that
 * reproduces them.
 */
package herald.run;
