/** {@code korrect groups}: deliberate changes to consumer groups, such as moving a group or deleting a stale one. */
package ng.korrect.cli.groups;
