"""HTTP session for the firearms licensing authority's verification API.

Wraps a requests session with the estate's credentials and request/response
logging for support tickets raised with the licensing team.
"""
import logging
from typing import Mapping

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from gamekeeper.config import settings

log = logging.getLogger("gamekeeper.licensing.http")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})


def redact_headers(headers: Mapping[str, str]) -> dict:
    return {
        name: ("[redacted]" if name.lower() in SENSITIVE_HEADERS else value)
        for name, value in headers.items()
    }


def _log_response(response: requests.Response, *args, **kwargs) -> None:
    request = response.request
    log.debug(
        "licensing %s %s headers=%s -> %s in %.0f ms",
        request.method,
        request.url,
        redact_headers(request.headers),
        response.status_code,
        response.elapsed.total_seconds() * 1000,
    )


def build_session() -> requests.Session:
    session = requests.Session()
    session.headers.update(
        {
            "Authorization": f"Bearer {settings.LICENSING_API_TOKEN}",
            "Accept": "application/json",
        }
    )
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.hooks["response"].append(_log_response)
    return session


def certificate_status(session: requests.Session, certificate_number: str) -> dict:
    response = session.get(
        f"{settings.LICENSING_API_URL}/certificates/{certificate_number}", timeout=15
    )
    response.raise_for_status()
    return response.json()
