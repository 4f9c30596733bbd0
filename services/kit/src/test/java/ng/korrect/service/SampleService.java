package ng.korrect.service;

import io.javalin.Javalin;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import ng.korrect.bus.EventBus;
import ng.korrect.catalog.Event;
import ng.korrect.catalog.payload.Role;
import ng.korrect.catalog.payload.UserDeleted;
import org.slf4j.MDC;

/** A tiny service on the kit: one write route that publishes, routes that fail each way, one handler. */
class SampleService extends KorrectService {

    final List<Event<UserDeleted>> handled = new CopyOnWriteArrayList<>();
    final CountDownLatch slowRequestEntered = new CountDownLatch(1);

    SampleService(ServiceConfig config) {
        super(config);
    }

    @Override
    protected List<Routes> routes(ServiceContext context) {
        return List.of(app -> install(app, context));
    }

    private void install(Javalin app, ServiceContext context) {
        app.post("/api/v1/notes", ctx -> {
            Caller caller = context.auth().require(ctx, Role.CUSTOMER, Role.ADMIN);
            RequestBody body = RequestBody.parse(ctx.body());
            String title = body.requiredText("title", 50);
            String email = body.check("email", body.requiredText("email", 254), text -> text.contains("@"),
                    "must be an email address");
            body.validate();
            UUID id = context.transactions().inTransaction(tx -> {
                UUID noteId = UUID.randomUUID();
                try (PreparedStatement insert = tx.connection().prepareStatement(
                        "INSERT INTO notes (id, owner_id, title) VALUES (?, ?, ?)")) {
                    insert.setObject(1, noteId);
                    insert.setString(2, caller.userId());
                    insert.setString(3, title);
                    insert.executeUpdate();
                }
                tx.publish(new UserDeleted(caller.userId(), email));
                return noteId;
            });
            ctx.status(201).json(Map.of("id", id, "correlationId", RequestContext.correlationId(ctx)));
        });
        app.get("/api/v1/notes/{id}", ctx -> {
            context.auth().caller(ctx);
            throw ApiException.notFound("no note " + ctx.pathParam("id"));
        });
        app.post("/api/v1/conflict", ctx -> {
            throw ApiException.conflict("already done");
        });
        app.post("/api/v1/busy", ctx -> {
            throw ApiException.tooManyRequests("slow down", java.time.Duration.ofMillis(2_500));
        });
        app.get("/api/v1/ids", ctx -> ctx.json(Map.of("correlationId", MDC.get(Correlation.MDC_KEY),
                "requestId", MDC.get(Correlation.REQUEST_MDC_KEY))));
        app.get("/api/v1/slow", ctx -> {
            slowRequestEntered.countDown();
            Thread.sleep(1_500);
            ctx.json(Map.of("finished", true));
        });
        app.get("/api/v1/boom", ctx -> {
            throw new IllegalStateException("secret internals at db.example:5432");
        });
    }

    @Override
    protected void handlers(EventBus.GroupBuilder group, ServiceContext context) {
        group.on(UserDeleted.class, context.idempotency().guard((event, delivery, tx) -> handled.add(event)));
    }
}
