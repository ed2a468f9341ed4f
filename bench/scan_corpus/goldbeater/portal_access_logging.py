"""Access logging for the trade customer portal."""
import logging
import time

from flask import Flask, g, request

access_log = logging.getLogger("goldbeater.portal.access")

REDACTED_HEADERS = {"authorization", "cookie", "x-api-key", "proxy-authorization"}


def scrubbed_headers(headers) -> dict:
    return {
        name: ("[redacted]" if name.lower() in REDACTED_HEADERS else value)
        for name, value in headers.items()
    }


def register_access_logging(app: Flask) -> None:
    @app.before_request
    def _start_timer():
        g.request_started = time.perf_counter()

    @app.after_request
    def _log_request(response):
        elapsed = (time.perf_counter() - g.get("request_started", time.perf_counter())) * 1000
        access_log.info(
            "%s %s -> %s in %.1fms headers=%s",
            request.method,
            request.path,
            response.status_code,
            elapsed,
            scrubbed_headers(request.headers),
        )
        return response
