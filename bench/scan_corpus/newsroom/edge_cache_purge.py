"""Purge article URLs from the Varnish edge tier after publish/unpublish."""
import logging
from urllib.parse import urlsplit

import requests

log = logging.getLogger(__name__)

EDGE_NODES = ("10.40.2.11", "10.40.2.12", "10.40.3.11")
PURGE_PORT = 6081


def _purge_path(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return parts.netloc, path


def purge(url: str, session: requests.Session | None = None) -> dict[str, int]:
    host, path = _purge_path(url)
    http = session or requests.Session()
    results = {}
    for node in EDGE_NODES:
        try:
            resp = http.request(
                "PURGE", f"http://{node}:{PURGE_PORT}{path}", headers={"Host": host}, timeout=5
            )
            results[node] = resp.status_code
        except requests.RequestException as exc:
            log.warning("purge of %s failed on %s: %s", url, node, exc)
            results[node] = 0
    return results
