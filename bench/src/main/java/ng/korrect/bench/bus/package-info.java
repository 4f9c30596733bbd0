/**
 * The bus benchmark harness behind {@code ./korrect bench}: publish and consume throughput, end-to-end
 * latency and a large backlog drain, each printed as one JSON line beside the same run's
 * {@code redis-benchmark} figure.
 */
package ng.korrect.bench.bus;
