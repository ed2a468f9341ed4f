"""Request/response tracing hooks for outbound calls to the ERP and courier APIs."""
import logging
import time

import requests

log = logging.getLogger("chainmaker.http.trace")

SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "cookie"})


def redact_headers(headers) -> dict[str, str]:
    return {
        name: ("<redacted>" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


def _log_request(prepared: requests.PreparedRequest) -> None:
    log.debug("-> %s %s headers=%s", prepared.method, prepared.url, redact_headers(prepared.headers))


def _log_response(resp: requests.Response, *args, **kwargs) -> requests.Response:
    elapsed_ms = resp.elapsed.total_seconds() * 1000
    log.debug(
        "<- %s %s %d in %.0f ms headers=%s",
        resp.request.method, resp.url, resp.status_code, elapsed_ms, redact_headers(resp.headers),
    )
    return resp


class TracedSession(requests.Session):
    def send(self, request: requests.PreparedRequest, **kwargs) -> requests.Response:
        _log_request(request)
        started = time.monotonic()
        resp = super().send(request, **kwargs)
        if resp.status_code >= 500:
            log.warning("upstream error %d after %.1fs", resp.status_code, time.monotonic() - started)
        return resp


def traced_session(api_key: str) -> TracedSession:
    session = TracedSession()
    session.headers["X-Api-Key"] = api_key
    session.hooks["response"].append(_log_response)
    return session
