/**
 * The {@code korrect redis} commands: {@code acl}, which prints the Redis ACL file that gives each
 * service its own user with only the rights its bus needs, and the passwords file it reads them from.
 */
package ng.korrect.cli.acl;
