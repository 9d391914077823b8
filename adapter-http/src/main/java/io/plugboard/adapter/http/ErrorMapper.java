package io.plugboard.adapter.http;

import io.plugboard.application.port.in.ElementNotFoundException;
import io.plugboard.application.port.in.InstanceNotFoundException;
import io.plugboard.application.port.in.NotAuthenticatedException;
import io.plugboard.application.port.out.StoreUnavailableException;
import io.plugboard.application.port.out.UnreadableInstanceException;
import io.plugboard.domain.ValidationException;
import io.plugboard.wire.MalformedJsonException;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become HTTP answers. Unknown failures are logged and told apart by request id. */
final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  static void respond(RoutingContext context, Throwable thrown) {
    Throwable failure = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
    if (context.response().closed() || context.response().ended()) {
      LOG.debug("Request {} ended before its answer: {}", Responses.requestId(context), String.valueOf(failure));
    } else if (failure instanceof ValidationException) {
      ValidationException invalid = (ValidationException) failure;
      Responses.error(context, 400, invalid.getMessage(), invalid.violations());
    } else if (failure instanceof MalformedJsonException) {
      Responses.error(context, 400, failure.getMessage(), List.of());
    } else if (failure instanceof NotAuthenticatedException) {
      Responses.error(context, 401, NotAuthenticatedException.MESSAGE, List.of());
    } else if (failure instanceof InstanceNotFoundException || failure instanceof ElementNotFoundException) {
      Responses.error(context, 404, failure.getMessage(), List.of());
    } else if (failure instanceof HttpProblem) {
      Responses.error(context, ((HttpProblem) failure).status(), failure.getMessage(), List.of());
    } else if (failure instanceof StoreUnavailableException) {
      LOG.error("Request {} failed: {}", Responses.requestId(context), failure.getMessage(), failure.getCause());
      Responses.error(context, 503, "The store is unavailable; try again later. Request id: "
          + Responses.requestId(context), List.of());
    } else if (failure instanceof UnreadableInstanceException) {
      LOG.error("Request {} failed: instance {} cannot be decrypted (altered on disk, or encrypted under a key "
          + "this server does not have)", Responses.requestId(context),
          ((UnreadableInstanceException) failure).instanceId());
      internalError(context);
    } else {
      LOG.error("Request {} failed unexpectedly: {}", Responses.requestId(context),
          failure == null ? "no cause" : failure.getClass().getName(), failure);
      internalError(context);
    }
  }

  private static void internalError(RoutingContext context) {
    Responses.error(context, 500, "An unexpected error occurred. Give this request id to your administrator: "
        + Responses.requestId(context), List.of());
  }
}
