"""Logging of outbound HTTP calls to partner systems.

Calls to the harbour authority booking API, the fleets' vessel registers and
the accounting package all go through one session so they are logged the
same way for support.
"""
import logging
import time

import requests

from netmaker.settings import PARTNER_TIMEOUT

logger = logging.getLogger("netmaker.outbound")

REDACTED_HEADERS = {"authorization", "proxy-authorization", "x-api-key", "cookie"}


def redact_headers(headers) -> dict:
    return {
        name: ("[redacted]" if name.lower() in REDACTED_HEADERS else value)
        for name, value in headers.items()
    }


class LoggedSession(requests.Session):
    def request(self, method, url, **kwargs):
        kwargs.setdefault("timeout", PARTNER_TIMEOUT)
        started = time.monotonic()
        response = super().request(method, url, **kwargs)
        elapsed_ms = (time.monotonic() - started) * 1000
        logger.info(
            "%s %s -> %s in %.0fms headers=%s",
            method,
            url,
            response.status_code,
            elapsed_ms,
            redact_headers(response.request.headers),
        )
        return response


def partner_session(auth_header: str) -> LoggedSession:
    session = LoggedSession()
    session.headers["Authorization"] = auth_header
    session.headers["User-Agent"] = "netmaker-workshop/3.2"
    return session
