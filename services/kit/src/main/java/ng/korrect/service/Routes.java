package ng.korrect.service;

import io.javalin.Javalin;

/**
 * One concept's HTTP routes: a class named {@code *Routes}, built with what its handlers need, that adds
 * its paths to the app. A service returns its routes from {@link KorrectService#routes(ServiceContext)}
 * and the kit installs them, in that order, before the server starts.
 *
 * <pre>{@code
 * public final class NoteRoutes implements Routes {
 *     private final Notes notes;
 *     public NoteRoutes(Notes notes) { this.notes = notes; }
 *     public void install(Javalin app) {
 *         app.get("/api/v1/notes/{id}", ctx -> ctx.json(notes.read(ctx.pathParam("id"))));
 *     }
 * }
 * }</pre>
 *
 * <p>A route handler reads and checks the request (auth, body, query), calls the use case or repository
 * that does the work, and writes the answer; logic that more than one route needs lives outside it.
 */
@FunctionalInterface
public interface Routes {

    /** Adds the routes to the app. */
    void install(Javalin app);
}
