package ng.korrect.app.chaos;

import static ng.korrect.app.chaos.ActorRequests.expect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import ng.korrect.catalog.ServiceName;

/**
 * One actor of the workload: a small household of a customer and an artisan of its own (more join as it
 * goes) that plays scenarios through the APIs until told to stop: the first pass plays every scenario once
 * in a random order, then they are picked at random. A scenario whose step is refused or gets no answer is
 * abandoned (the {@link Ledger} keeps what the step may have done) and a fresh one is picked: an actor never
 * assumes that an unanswered request happened or did not. Choices come from the actor's own seeded
 * {@link Random}. One thread per actor.
 */
final class Actor implements Runnable {

    static final String PASSWORD = "Chaos-Password-2026";

    private final String name;
    private final Random random;
    private final ActorRequests requests;
    private final Ledger ledger;
    private final AdminSession admin;
    private final BooleanSupplier keepGoing;
    private final boolean deletesAnArtisanAtTheEnd;
    private final List<Ledger.Account> customers = new ArrayList<>();
    private final List<Ledger.Account> artisans = new ArrayList<>();
    private final Scenarios scenarios;
    private int registrations;

    Actor(String name, long seed, ActorRequests requests, Ledger ledger, AdminSession admin, BooleanSupplier keepGoing,
          boolean deletesAnArtisanAtTheEnd, Path mailbox) {
        this.name = name;
        this.random = new Random(seed);
        this.requests = requests;
        this.ledger = ledger;
        this.admin = admin;
        this.keepGoing = keepGoing;
        this.deletesAnArtisanAtTheEnd = deletesAnArtisanAtTheEnd;
        this.scenarios = new Scenarios(requests, ledger, admin, random, mailbox);
    }

    @Override
    public void run() {
        List<Runnable> firstPass = new ArrayList<>(List.of(this::verifyEmail, this::verifyArtisan, this::paidAndConfirmed,
                this::cancelled, this::released, this::disputed, this::refunded, this::conversation, this::rename,
                this::failedPayment));
        Collections.shuffle(firstPass, random);
        while (keepGoing.getAsBoolean()) {
            try {
                if (customers.stream().noneMatch(Ledger.Account::live)) {
                    register("customer");
                } else if (artisans.stream().noneMatch(artisan -> artisan.live() && artisan.profileId != null)) {
                    List<Ledger.Account> live = artisans.stream().filter(Ledger.Account::live).toList();
                    scenarios.profile(live.isEmpty() ? register("artisan") : live.get(0));
                } else if (!firstPass.isEmpty()) {
                    firstPass.remove(0).run();
                } else {
                    pick().run();
                }
            } catch (ScenarioAbandoned abandoned) {
                // a fresh scenario next; the ledger has what the abandoned step may have done
            }
        }
        finale();
    }

    private Runnable pick() {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return this::paidAndConfirmed;
        } else if (roll < 30) {
            return this::cancelled;
        } else if (roll < 40) {
            return this::released;
        } else if (roll < 45) {
            return this::disputed;
        } else if (roll < 50) {
            return this::refunded;
        } else if (roll < 65) {
            return this::conversation;
        } else if (roll < 75) {
            return this::rename;
        } else if (roll < 80) {
            return this::failedPayment;
        } else if (roll < 85) {
            return random.nextBoolean() ? () -> register("customer") : () -> scenarios.profile(register("artisan"));
        } else if (roll < 90) {
            return this::verifyArtisan;
        } else if (roll < 95) {
            return () -> login(any(customers));
        } else {
            return this::deleteSpareCustomer;
        }
    }

    /**
     * Deletions at the end: the actor's first customer and, for the actor told so, its first artisan when
     * another with a profile stays (so that figures are still compared).
     */
    private void finale() {
        try {
            scenarios.delete(customers.get(0));
        } catch (ScenarioAbandoned | IndexOutOfBoundsException e) {
            // nothing to delete, or its outcome is unknown: the ledger knows
        }
        if (deletesAnArtisanAtTheEnd && artisans.stream().skip(1).anyMatch(a -> a.live() && a.profileId != null)) {
            try {
                scenarios.delete(artisans.get(0));
            } catch (ScenarioAbandoned e) {
                // the ledger knows
            }
        }
    }

    private Ledger.Account register(String role) {
        Ledger.Account account = scenarios.register(role, name + "-" + (++registrations));
        (role.equals("artisan") ? artisans : customers).add(account);
        return account;
    }

    private void login(Ledger.Account account) {
        String token = expect("login", requests.send("login " + account.email, ServiceName.USERS, "POST", "/api/v1/auth/login",
                Map.of("email", account.email, "password", account.password), null), 200).text("accessToken");
        account.token = token;
    }

    private void verifyEmail() {
        scenarios.verifyEmail(any(customers));
    }

    private void verifyArtisan() {
        scenarios.applyForVerification(anyWithProfile());
    }

    private void paidAndConfirmed() {
        Ledger.Booking booking = scenarios.book(any(customers), anyBookable());
        scenarios.payThroughWebhook(booking, true);
        scenarios.confirm(booking);
        if (random.nextInt(3) > 0) {
            scenarios.review(booking);
        }
    }

    private void failedPayment() {
        Ledger.Booking booking = scenarios.book(any(customers), anyBookable());
        scenarios.payThroughWebhook(booking, false);
        scenarios.payThroughWebhook(booking, true);
    }

    private void cancelled() {
        scenarios.cancel(scenarios.book(any(customers), anyBookable()));
    }

    private void released() {
        Ledger.Booking booking = scenarios.book(any(customers), anyBookable());
        Ledger.Escrow escrow = scenarios.contract(booking, 1 + random.nextInt(2));
        scenarios.fundFully(escrow);
        scenarios.releaseAll(escrow);
    }

    private void disputed() {
        Ledger.Booking booking = scenarios.book(any(customers), anyBookable());
        Ledger.Escrow escrow = scenarios.contract(booking, 1);
        scenarios.fundFully(escrow);
        scenarios.disputeAndResolve(escrow, booking);
    }

    private void refunded() {
        Ledger.Booking booking = scenarios.book(any(customers), anyBookable());
        Ledger.Escrow escrow = scenarios.contract(booking, 2);
        scenarios.fundPartly(escrow);
        scenarios.refund(escrow);
    }

    private void conversation() {
        scenarios.converse(any(customers), anyBookable(), 1 + random.nextInt(3));
    }

    private void rename() {
        List<Ledger.Account> mine = new ArrayList<>(customers);
        mine.addAll(artisans);
        scenarios.rename(any(mine));
    }

    private void deleteSpareCustomer() {
        if (customers.size() > 1) {
            Ledger.Account spare = customers.remove(customers.size() - 1);
            scenarios.delete(spare);
        } else {
            register("customer");
        }
    }

    private Ledger.Account any(List<Ledger.Account> accounts) {
        List<Ledger.Account> live = accounts.stream().filter(Ledger.Account::live).toList();
        if (live.isEmpty()) {
            throw new ScenarioAbandoned("no live account", Answer.none());
        }
        return live.get(random.nextInt(live.size()));
    }

    private Ledger.Account anyWithProfile() {
        return any(artisans.stream().filter(artisan -> artisan.profileId != null).toList());
    }

    private Ledger.Account anyBookable() {
        List<Ledger.Account> everyone = ledger.bookableArtisans();
        return random.nextInt(3) == 0 || everyone.isEmpty() ? anyWithProfile() : any(everyone);
    }
}
