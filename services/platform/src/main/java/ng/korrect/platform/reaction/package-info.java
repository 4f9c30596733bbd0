/** The platform's consumer group: what it does with each event of the catalog addressed to it. */
package ng.korrect.platform.reaction;
