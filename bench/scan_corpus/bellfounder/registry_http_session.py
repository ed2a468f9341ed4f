"""Shared HTTP session for the national church bells registry, with request logging."""

import logging

import requests

from bellfounder.settings import settings

log = logging.getLogger("bellfounder.registry.http")

REDACTED_HEADERS = {"authorization", "x-api-key", "cookie", "proxy-authorization"}


def _safe_headers(headers) -> dict[str, str]:
    return {
        name: ("[redacted]" if name.lower() in REDACTED_HEADERS else value)
        for name, value in headers.items()
    }


def _log_response(resp: requests.Response, *args, **kwargs) -> None:
    req = resp.request
    log.debug(
        "%s %s -> %s headers=%s elapsed=%.2fs",
        req.method,
        req.url,
        resp.status_code,
        _safe_headers(req.headers),
        resp.elapsed.total_seconds(),
    )


def registry_session() -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Token {settings.BELL_REGISTRY_TOKEN}"
    session.headers["User-Agent"] = "bellfounder-sync/2.3"
    session.hooks["response"].append(_log_response)
    return session


def fetch_tower(session: requests.Session, dove_id: str) -> dict:
    resp = session.get(f"{settings.BELL_REGISTRY_URL}/towers/{dove_id}", timeout=10)
    resp.raise_for_status()
    return resp.json()
