"""Request/response audit logging for outbound partner API calls."""
import logging
import time

import requests

audit = logging.getLogger("partners.audit")

SENSITIVE_HEADERS = {"authorization", "proxy-authorization", "x-api-key", "x-exchange-key", "cookie"}
SENSITIVE_FIELDS = {"password", "client_secret", "access_token", "refresh_token", "api_key"}


def redact_headers(headers) -> dict:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def redact_body(payload):
    if isinstance(payload, dict):
        return {
            k: ("[redacted]" if k.lower() in SENSITIVE_FIELDS else redact_body(v))
            for k, v in payload.items()
        }
    if isinstance(payload, list):
        return [redact_body(v) for v in payload]
    return payload


def _log_response(resp: requests.Response, *args, **kwargs) -> None:
    req = resp.request
    audit.info(
        "%s %s -> %s in %.0fms headers=%s",
        req.method,
        req.url,
        resp.status_code,
        resp.elapsed.total_seconds() * 1000,
        redact_headers(req.headers),
    )
    if resp.status_code >= 400 and "json" in resp.headers.get("Content-Type", ""):
        try:
            audit.warning("error body: %s", redact_body(resp.json()))
        except ValueError:
            pass


def audited_session(timeout_default: float = 10.0) -> requests.Session:
    session = requests.Session()
    session.hooks["response"].append(_log_response)
    session.request = _with_timeout(session.request, timeout_default)
    return session


def _with_timeout(fn, default: float):
    def wrapper(method, url, **kwargs):
        kwargs.setdefault("timeout", default)
        started = time.monotonic()
        try:
            return fn(method, url, **kwargs)
        finally:
            audit.debug("%s %s took %.3fs", method, url, time.monotonic() - started)

    return wrapper
