"""HTTP plumbing shared by payout provider integrations, with request logging."""
import logging
import time

import requests

log = logging.getLogger("payouts.http")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "payrail-signature", "cookie"}


def redact_headers(headers: dict) -> dict:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class LoggedSession(requests.Session):
    """requests.Session that logs method, URL, redacted headers and latency."""

    def __init__(self, api_token: str, base_url: str):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.headers.update({"Authorization": f"Bearer {api_token}", "Accept": "application/json"})

    def request(self, method, url, *args, **kwargs):
        if url.startswith("/"):
            url = self.base_url + url
        kwargs.setdefault("timeout", 20)
        merged = {**self.headers, **(kwargs.get("headers") or {})}
        log.debug("-> %s %s headers=%s", method, url, redact_headers(merged))
        started = time.monotonic()
        resp = super().request(method, url, *args, **kwargs)
        log.debug(
            "<- %s %s %d in %.0fms",
            method,
            url,
            resp.status_code,
            (time.monotonic() - started) * 1000,
        )
        return resp
