package ng.korrect.transaction.dispute;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One dispute as stored. The reason may be null once its author deleted their account.
 *
 * @param id the dispute's id
 * @param escrowId the escrow disputed
 * @param contractId its contract
 * @param openedBy who opened it
 * @param category what kind of problem
 * @param reason what went wrong, in the opener's words, or null
 * @param status {@code open} or {@code resolved}
 * @param openedAt when it was opened
 * @param escalatedAt when it was escalated, or null
 * @param decision the admin's decision, or null until resolved
 * @param customerRefund what went back to the customer, or null until resolved
 * @param artisanPayment what went to the artisan, or null until resolved
 */
public record Dispute(String id, String escrowId, String contractId, String openedBy, String category, String reason,
                      String status, Instant openedAt, Instant escalatedAt, String decision, BigDecimal customerRefund,
                      BigDecimal artisanPayment) {

    /** The status of a dispute not yet resolved (escalated or not). */
    public static final String OPEN = "open";
    /** The status of a resolved dispute. */
    public static final String RESOLVED = "resolved";

    /**
     * The dispute as the API shows it, with {@code escalatesAfter}: the instant from which the escalation job
     * escalates it when still open after {@code escalationAfter}, or null once escalated or resolved.
     */
    public Map<String, Object> toJson(Duration escalationAfter) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("disputeId", id);
        json.put("escrowId", escrowId);
        json.put("contractId", contractId);
        json.put("openedBy", openedBy);
        json.put("category", category);
        json.put("reason", reason);
        json.put("status", status);
        json.put("escalated", escalatedAt != null);
        json.put("escalatesAfter", OPEN.equals(status) && escalatedAt == null ? openedAt.plus(escalationAfter).toString() : null);
        json.put("openedAt", openedAt.toString());
        json.put("decision", decision);
        json.put("customerRefund", customerRefund);
        json.put("artisanPayment", artisanPayment);
        return json;
    }
}
