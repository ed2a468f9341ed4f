"""Purge published URLs from the edge cache tier.

The list of edge nodes comes from service discovery via the EDGE_NODES
environment variable (comma separated host:port pairs).
"""
import logging
import os
from urllib.parse import urlsplit

import requests

log = logging.getLogger(__name__)


def edge_nodes() -> list[str]:
    raw = os.environ.get("EDGE_NODES", "")
    return [n.strip() for n in raw.split(",") if n.strip()]


def purge(url: str, session: requests.Session | None = None) -> dict[str, int]:
    parts = urlsplit(url)
    path = parts.path or "/"
    http = session or requests.Session()
    results: dict[str, int] = {}
    for node in edge_nodes():
        try:
            resp = http.request(
                "PURGE",
                f"https://{node}{path}",
                headers={"Host": parts.netloc, "X-Purge-Token": os.environ["EDGE_PURGE_TOKEN"]},
                timeout=5,
            )
            results[node] = resp.status_code
        except requests.RequestException as exc:
            log.warning("purge of %s failed on %s: %s", path, node, exc)
            results[node] = 0
    return results
