"""Client for the wire agency's content API with request tracing."""
import logging
import os

import requests

log = logging.getLogger(__name__)

REDACTED_HEADERS = {"authorization", "x-api-key", "cookie"}


def _loggable(headers) -> dict:
    return {k: ("***" if k.lower() in REDACTED_HEADERS else v) for k, v in headers.items()}


class WireContentClient:
    def __init__(self, base_url: str, token: str | None = None, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {token or os.environ['WIRE_API_TOKEN']}",
                "Accept": "application/json",
            }
        )

    def _get(self, path: str, **params) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("GET %s params=%s headers=%s", url, params, _loggable(self.session.headers))
        resp = self.session.get(url, params=params, timeout=self.timeout)
        log.debug("-> %s in %.0f ms", resp.status_code, resp.elapsed.total_seconds() * 1000)
        resp.raise_for_status()
        return resp.json()

    def search(self, query: str, limit: int = 50) -> list[dict]:
        return self._get("/v2/content/search", q=query, limit=limit)["items"]

    def item(self, item_id: str) -> dict:
        return self._get(f"/v2/content/{item_id}")
