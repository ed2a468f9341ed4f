"""Request tracing for the vessel charter API."""

from __future__ import annotations

import logging
import os
import re
from typing import Mapping

import requests

log = logging.getLogger("tidal.vessels.http")

_SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie", "proxy-authorization"}
_QUERY_SECRET = re.compile(r"(?i)\b(token|key|signature|password)=[^&\s]+")


def scrub_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: ("***" if k.lower() in _SENSITIVE_HEADERS else v) for k, v in headers.items()}


def scrub_url(url: str) -> str:
    return _QUERY_SECRET.sub(lambda m: f"{m.group(1)}=***", url)


class RedactingFilter(logging.Filter):
    """Masks credential-looking query parameters inside free-text messages."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = _QUERY_SECRET.sub(lambda m: f"{m.group(1)}=***", record.msg)
        return True


log.addFilter(RedactingFilter())


def _trace(resp: requests.Response, *args, **kwargs) -> None:
    req = resp.request
    log.debug(
        "%s %s -> %s headers=%s",
        req.method,
        scrub_url(req.url or ""),
        resp.status_code,
        scrub_headers(req.headers),
    )


def charter_session() -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['CHARTER_PORTAL_TOKEN']}"
    session.hooks["response"].append(_trace)
    return session


def list_vessels(port_code: str) -> list[dict]:
    session = charter_session()
    resp = session.get(
        f"{os.environ['CHARTER_PORTAL_URL']}/vessels", params={"port": port_code}, timeout=15
    )
    resp.raise_for_status()
    return resp.json()["vessels"]
