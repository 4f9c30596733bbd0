/** JMH benchmarks of the catalog codec, each measured side by side with a plain Jackson baseline in the same run. */
package ng.korrect.bench;
