package ng.korrect.transaction.escrow;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The money of one escrow, exact to the kobo: the contract's total, what was paid in, what went to the
 * artisan and what went back to the customer. What is held is paid in minus paid out; it never goes
 * negative and paying in never exceeds the total. Immutable; the movements return a new balance.
 *
 * @param total the contract's total
 * @param funded received so far
 * @param released paid out to the artisan
 * @param refunded paid back to the customer
 */
public record EscrowBalance(BigDecimal total, BigDecimal funded, BigDecimal released, BigDecimal refunded) {

    /** Rejects nulls and inconsistent amounts. */
    public EscrowBalance {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(funded, "funded");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(refunded, "refunded");
        if (total.signum() <= 0 || funded.signum() < 0 || released.signum() < 0 || refunded.signum() < 0
                || funded.compareTo(total) > 0 || released.add(refunded).compareTo(funded) > 0) {
            throw new IllegalArgumentException("inconsistent escrow balance: total " + total + ", funded " + funded
                    + ", released " + released + ", refunded " + refunded);
        }
    }

    /** An escrow of that total with nothing paid in. */
    public static EscrowBalance empty(BigDecimal total) {
        return new EscrowBalance(total, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** What is still held: paid in minus paid out. */
    public BigDecimal held() {
        return funded.subtract(released).subtract(refunded);
    }

    /** What may still be paid in before the total is reached. */
    public BigDecimal stillToFund() {
        return total.subtract(funded);
    }

    /** Whether the total has been paid in. */
    public boolean fullyFunded() {
        return funded.compareTo(total) == 0;
    }

    /** Whether paying in that amount, with what is already pending, stays within the total. */
    public boolean accepts(BigDecimal amount, BigDecimal pending) {
        return amount.signum() > 0 && funded.add(pending).add(amount).compareTo(total) <= 0;
    }

    /** The balance after receiving that amount; fails when it would exceed the total. */
    public EscrowBalance afterFunding(BigDecimal amount) {
        return new EscrowBalance(total, funded.add(positive(amount)), released, refunded);
    }

    /** The balance after paying that amount out to the artisan; fails when more than is held. */
    public EscrowBalance afterRelease(BigDecimal amount) {
        requireHeld(amount);
        return new EscrowBalance(total, funded, released.add(amount), refunded);
    }

    /** The balance after paying that amount back to the customer; fails when more than is held. */
    public EscrowBalance afterRefund(BigDecimal amount) {
        requireHeld(amount);
        return new EscrowBalance(total, funded, released, refunded.add(amount));
    }

    /** Whether a split of what is held between customer and artisan adds up to exactly what is held. */
    public boolean splitsHeld(BigDecimal customerRefund, BigDecimal artisanPayment) {
        return customerRefund.signum() >= 0 && artisanPayment.signum() >= 0
                && customerRefund.add(artisanPayment).compareTo(held()) == 0;
    }

    private void requireHeld(BigDecimal amount) {
        if (positive(amount).compareTo(held()) > 0) {
            throw new IllegalArgumentException(amount + " is more than the " + held() + " held");
        }
    }

    private static BigDecimal positive(BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("an amount must be more than 0, was " + amount);
        }
        return amount;
    }
}
