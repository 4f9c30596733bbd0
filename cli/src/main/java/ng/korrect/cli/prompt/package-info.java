/** Questions to the operator before a destructive step, and refusing them when nobody can answer. */
package ng.korrect.cli.prompt;
