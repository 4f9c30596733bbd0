/**
 * Least privilege on Redis: one ACL user per service, derived from the catalog (who produces and who
 * consumes each event type) and from the commands the bus issues on each key, written in Redis's
 * {@code aclfile} format. Pure code, tested without Redis.
 */
package ng.korrect.bus.acl;
