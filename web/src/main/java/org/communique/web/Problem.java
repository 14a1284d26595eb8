package org.communique.web;

import org.communique.model.Records;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request that cannot be served, with its HTTP status and one sentence that says why. */
final class Problem extends RuntimeException {
    final int status;

    Problem(int status, String detail) {
        super(detail);
        this.status = status;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            default -> org.eclipse.jetty.http.HttpStatus.getMessage(status);
        };
    }

    /** The problem as RFC 9457 application/problem+json. */
    static String json(int status, String detail, String instance) {
        return json(status, detail, instance, Map.of());
    }

    /** The same with members of its own ({@code extra}) after the standard ones. */
    static String json(int status, String detail, String instance, Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "about:blank");
        p.put("title", title(status));
        p.put("status", status);
        p.put("detail", detail);
        p.put("instance", instance);
        p.putAll(extra);
        return Records.write(p);
    }

    /** A body over the request limits, refused in one sentence that states them. */
    static Problem tooLarge() {
        return new Problem(413, "the upload is larger than the limit of 20 MB for one statement and 60 MB for a request");
    }

    /**
     * The request's own fault hidden in a failure of the server's machinery: a multipart body over the size
     * limits (413) or one that is not multipart at all (400). Null when the failure is the server's.
     */
    static Problem ofRequest(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage();
            // Jetty's multipart parser says "max file size exceeded" for a part, "max length exceeded" for the whole body
            if (c instanceof IllegalStateException && (m.startsWith("max file size exceeded") || m.startsWith("max length exceeded"))
                    || c instanceof org.eclipse.jetty.http.BadMessageException b && b.getCode() == 413) {
                return tooLarge();
            }
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage();
            if (c instanceof org.eclipse.jetty.http.BadMessageException b && b.getCode() == 400) {
                return new Problem(400, "the request's body is not well-formed " + (m.contains("multipart")
                        ? "multipart/form-data" : "for its Content-Type") + ": " + m.replaceFirst("^400: ", ""));
            }
        }
        return null;
    }
}
