"""Request tracing for outbound calls to the card processor and the cemetery registry."""

import logging
import time

import requests

logger = logging.getLogger("stonecarver.http")

SENSITIVE_HEADERS = {"authorization", "proxy-authorization", "x-api-key", "cookie"}


def redact_headers(headers) -> dict[str, str]:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


def _log_response(resp: requests.Response, *args, **kwargs) -> None:
    req = resp.request
    elapsed_ms = resp.elapsed.total_seconds() * 1000
    logger.debug(
        "%s %s -> %s in %.0fms headers=%s",
        req.method,
        req.url,
        resp.status_code,
        elapsed_ms,
        redact_headers(req.headers),
    )


class TracedSession(requests.Session):
    def __init__(self, api_key: str, timeout: float = 15.0):
        super().__init__()
        self.headers["Authorization"] = f"Bearer {api_key}"
        self.hooks["response"].append(_log_response)
        self._timeout = timeout

    def request(self, method, url, **kwargs):
        kwargs.setdefault("timeout", self._timeout)
        started = time.monotonic()
        try:
            return super().request(method, url, **kwargs)
        finally:
            logger.debug("%s %s finished after %.2fs", method, url, time.monotonic() - started)
