package org.communique.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * /api/docs: the OpenAPI document as a reference people read and try, by Swagger UI. Its files come from the
 * swagger-ui WebJar on the class path and are served from here (no CDN: the Content-Security-Policy allows only this
 * origin), under an address that names their version, so that a browser may keep them for good.
 */
final class ApiDocs {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    /** The WebJar's files the page needs; no other is served. */
    private static final Set<String> FILES = Set.of("swagger-ui-bundle.js", "swagger-ui.css");

    private final WebServer.Site site;
    private final String version;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    ApiDocs(WebServer.Site site) {
        this.site = site;
        Properties p = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.version = p.getProperty("version");
    }

    private static InputStream resource(String path) {
        InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("the swagger-ui WebJar lacks " + path);
        return in;
    }

    /** Where the page finds Swagger UI's files: /assets/swagger-ui/VERSION/. */
    String base() {
        return "/assets/swagger-ui/" + version + "/";
    }

    void page(Context ctx) {
        site.render(ctx, "api-docs.jte", new Views.ApiDocs(site.page(ctx, "API reference"), base()));
    }

    void file(Context ctx) {
        String name = ctx.pathParam("file");
        if (!ctx.pathParam("version").equals(version) || !FILES.contains(name)) {
            throw new Problem(404, "there is no page at " + ctx.path());
        }
        byte[] bytes = files.computeIfAbsent(name, n -> {
            try (InputStream in = resource(WEBJAR + version + "/" + n)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ctx.header("Cache-Control", "public, max-age=31536000, immutable")
                .contentType(name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8").result(bytes);
    }
}
