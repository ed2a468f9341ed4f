"""Request tracing middleware for the sales back-office API.

Writes one structured line per request so that slow endpoints can be found
in the log aggregator. Header values are included to help debug client
integrations, with credentials and cookies withheld.
"""
import json
import logging
import time
import uuid

from django.conf import settings

trace_log = logging.getLogger("sawyer.trace")

WITHHELD_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "x-api-key", "x-csrftoken"}
)


def visible_headers(meta):
    headers = {}
    for key, value in meta.items():
        if not key.startswith("HTTP_"):
            continue
        name = key[5:].replace("_", "-").lower()
        headers[name] = "[withheld]" if name in WITHHELD_HEADERS else value
    return headers


class RequestTraceMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.slow_ms = getattr(settings, "TRACE_SLOW_MS", 750)

    def __call__(self, request):
        request.trace_id = request.headers.get("X-Request-Id") or uuid.uuid4().hex
        started = time.monotonic()
        response = self.get_response(request)
        elapsed_ms = (time.monotonic() - started) * 1000
        record = {
            "trace_id": request.trace_id,
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "elapsed_ms": round(elapsed_ms, 1),
            "user": getattr(request.user, "username", None),
            "headers": visible_headers(request.META),
        }
        level = logging.WARNING if elapsed_ms > self.slow_ms else logging.INFO
        trace_log.log(level, json.dumps(record))
        response["X-Request-Id"] = request.trace_id
        return response
