/** Reaching Redis from a command: the {@code --redis} option, one session per command, stream positions and entries. */
package ng.korrect.cli.redis;
