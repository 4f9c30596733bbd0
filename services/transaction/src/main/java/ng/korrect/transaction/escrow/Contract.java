package ng.korrect.transaction.escrow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job contract between a customer and an artisan, paid through its escrow milestone by milestone.
 *
 * @param id the contract's id
 * @param customerId who pays
 * @param artisanId who does the job
 * @param bookingId the booking it comes from, or null
 * @param total the sum of its milestones
 * @param milestones its milestones, by number
 * @param createdAt when it was made
 */
public record Contract(String id, String customerId, String artisanId, String bookingId, BigDecimal total,
                       List<Milestone> milestones, Instant createdAt) {

    /** Copies the milestones. */
    public Contract {
        milestones = List.copyOf(milestones);
    }

    /** The contract as the API shows it, with its escrow. */
    public Map<String, Object> toJson(Escrow escrow) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("contractId", id);
        json.put("customerId", customerId);
        json.put("artisanId", artisanId);
        json.put("bookingId", bookingId);
        json.put("total", total);
        json.put("milestones", milestones.stream().map(Milestone::toJson).toList());
        json.put("createdAt", createdAt.toString());
        json.put("escrow", escrow.toJson());
        return json;
    }
}
