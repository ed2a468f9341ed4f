"""Request/response logging for outbound HTTP calls.

Shared by the supplier, courier and payment clients so that a failed call can
be diagnosed from the logs without re-running it.
"""
import logging
import time

import httpx

log = logging.getLogger("http.outbound")

SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"})
SENSITIVE_PARAMS = frozenset({"api_key", "token", "access_token", "signature"})


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def redact_url(url: httpx.URL) -> str:
    params = [(k, "[redacted]" if k.lower() in SENSITIVE_PARAMS else v) for k, v in url.params.multi_items()]
    return str(url.copy_with(params=params))


def _log_request(request: httpx.Request) -> None:
    request.extensions["started"] = time.monotonic()
    log.debug("-> %s %s headers=%s", request.method, redact_url(request.url), redact_headers(request.headers))


def _log_response(response: httpx.Response) -> None:
    started = response.request.extensions.get("started", time.monotonic())
    elapsed_ms = (time.monotonic() - started) * 1000
    level = logging.WARNING if response.status_code >= 400 else logging.DEBUG
    log.log(
        level,
        "<- %s %s %d in %.0f ms",
        response.request.method,
        redact_url(response.request.url),
        response.status_code,
        elapsed_ms,
    )


def logged_client(base_url: str, **kwargs) -> httpx.Client:
    hooks = kwargs.pop("event_hooks", {})
    hooks.setdefault("request", []).append(_log_request)
    hooks.setdefault("response", []).append(_log_response)
    return httpx.Client(base_url=base_url, event_hooks=hooks, timeout=kwargs.pop("timeout", 20), **kwargs)
