package ng.korrect.transaction.escrow;

import java.util.LinkedHashMap;
import java.util.Map;
import ng.korrect.catalog.payload.Role;
import ng.korrect.service.Caller;

/**
 * One escrow as stored: the money of one contract.
 *
 * @param id the escrow's id
 * @param contractId its contract
 * @param customerId who pays in
 * @param artisanId who is paid out
 * @param balance its money
 * @param status where it stands
 * @param refundReason why it was refunded, or null
 */
public record Escrow(String id, String contractId, String customerId, String artisanId, EscrowBalance balance,
                     EscrowStatus status, String refundReason) {

    /** Whether the caller is the contract's customer or its artisan. */
    public boolean isParty(Caller caller) {
        return caller.role() == Role.CUSTOMER && caller.userId().equals(customerId)
                || caller.role() == Role.ARTISAN && caller.userId().equals(artisanId);
    }

    /** Whether the caller is the contract's customer. */
    public boolean isCustomer(Caller caller) {
        return caller.role() == Role.CUSTOMER && caller.userId().equals(customerId);
    }

    /** The escrow as the API shows it. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("escrowId", id);
        json.put("contractId", contractId);
        json.put("customerId", customerId);
        json.put("artisanId", artisanId);
        json.put("status", status.wireName());
        json.put("total", balance.total());
        json.put("funded", balance.funded());
        json.put("released", balance.released());
        json.put("refunded", balance.refunded());
        json.put("held", balance.held());
        json.put("refundReason", refundReason);
        return json;
    }
}
