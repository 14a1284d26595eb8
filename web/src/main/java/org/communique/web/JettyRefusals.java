package org.communique.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jsoup.nodes.Entities;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * Jetty's own answers to requests it refuses before any route sees them (a request line it cannot read, an
 * address or headers too long): the site's headers on each, problem+json under /api/ like every other refusal,
 * and one sentence, never a stack trace.
 */
final class JettyRefusals extends ErrorHandler {
    private final Predicate<Request> overTls;

    JettyRefusals(Predicate<Request> overTls) {
        this.overTls = overTls;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.apply(response.getHeaders()::put, overTls.test(request));
        return super.handle(request, response, callback);
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        String path = request.getHttpURI().getPath();
        String detail = sentence(status, message);
        String body;
        if (path != null && path.startsWith("/api/")) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            body = Problem.json(status, detail, path);
        } else {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, WebServer.HTML);
            String title = status + " " + Problem.title(status);
            body = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>\n<body><h1>"
                    + title + "</h1>\n<p>" + Entities.escape(detail) + "</p>\n<p><a href=\"/\">The record</a></p></body></html>\n";
        }
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    static String sentence(int status, String reason) {
        return switch (status) {
            case 413 -> "the request is larger than the server accepts";
            case 414 -> "the request's address is longer than the server reads (" + WebServer.HEADER_LIMIT_KB + " KB)";
            case 431 -> "the request's headers are larger than the server reads (" + WebServer.HEADER_LIMIT_KB + " KB)";
            default -> "the server cannot read this request" + (reason == null || reason.isBlank()
                    || reason.equalsIgnoreCase(Problem.title(status)) ? "" : ": " + reason);
        };
    }
}
