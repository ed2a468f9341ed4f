"""Audit logging of outbound HTTP calls made by the billing and roaming integrations."""
from __future__ import annotations

import logging
from typing import Mapping

import requests

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "proxy-authorization", "cookie"})

audit_log = logging.getLogger("integrations.http_audit")


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


class RedactingFilter(logging.Filter):
    """Second line of defence for records that carry a headers mapping in ``extra``."""

    def filter(self, record: logging.LogRecord) -> bool:
        headers = getattr(record, "headers", None)
        if isinstance(headers, Mapping):
            record.headers = redact_headers(headers)
        return True


def _audit_response(response: requests.Response, *args, **kwargs) -> None:
    request = response.request
    audit_log.info(
        "%s %s -> %s in %.0fms headers=%s",
        request.method,
        request.url,
        response.status_code,
        response.elapsed.total_seconds() * 1000,
        redact_headers(request.headers),
    )


def audited_session(default_headers: Mapping[str, str] | None = None) -> requests.Session:
    session = requests.Session()
    if default_headers:
        session.headers.update(default_headers)
    session.hooks["response"].append(_audit_response)
    return session


def configure_audit_logging(path: str) -> None:
    handler = logging.FileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    handler.addFilter(RedactingFilter())
    audit_log.addHandler(handler)
    audit_log.setLevel(logging.INFO)
