/** {@code korrect groups}: deliberate changes to consumer groups, such as resetting a group's position. */
package ng.korrect.cli.groups;
