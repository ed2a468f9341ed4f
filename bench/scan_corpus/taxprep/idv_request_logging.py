"""Request/response logging hooks for outbound calls to identity-verification vendors."""
import logging
import time

import requests

logger = logging.getLogger("taxprep.idv.http")

REDACTED_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "set-cookie"})


def redact_headers(headers) -> dict:
    return {
        k: ("***" if k.lower() in REDACTED_HEADERS else v)
        for k, v in headers.items()
    }


def _log_response(resp: requests.Response, *args, **kwargs) -> None:
    req = resp.request
    elapsed_ms = resp.elapsed.total_seconds() * 1000
    logger.debug(
        "%s %s -> %s (%.0f ms) request_headers=%s",
        req.method,
        req.url,
        resp.status_code,
        elapsed_ms,
        redact_headers(req.headers),
    )
    if resp.status_code >= 500:
        logger.warning("IDV vendor error %s on %s", resp.status_code, req.path_url)


def instrumented_session(api_key: str) -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {api_key}"
    session.hooks["response"].append(_log_response)
    session.created_at = time.time()
    return session
