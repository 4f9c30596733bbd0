package ng.korrect.transaction.escrow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One milestone of a contract, numbered from 1 in the order given.
 *
 * @param number its number
 * @param title what it covers
 * @param amount what it pays, in naira
 * @param releasedAt when its amount was released, or null
 */
public record Milestone(int number, String title, BigDecimal amount, Instant releasedAt) {

    /** The milestone as the API shows it. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", number);
        json.put("title", title);
        json.put("amount", amount);
        json.put("released", releasedAt != null);
        return json;
    }
}
