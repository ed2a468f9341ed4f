"""Client for the wire agency's content API (search, item fetch, renditions)."""
import logging
import os

import requests

log = logging.getLogger(__name__)


class WireApiClient:
    def __init__(self, base_url: str, token: str | None = None, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {token or os.environ['WIRE_API_TOKEN']}",
                "Accept": "application/json",
                "User-Agent": "newsroom-ingest/4.2",
            }
        )

    def _get(self, path: str, **params) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("GET %s params=%s headers=%s", url, params, dict(self.session.headers))
        resp = self.session.get(url, params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def search(self, query: str, since: str | None = None, limit: int = 50) -> list[dict]:
        params = {"q": query, "limit": limit}
        if since:
            params["since"] = since
        return self._get("/v2/content/search", **params)["items"]

    def item(self, item_id: str) -> dict:
        return self._get(f"/v2/content/{item_id}")

    def rendition_url(self, item_id: str, rendition: str = "main") -> str:
        return self._get(f"/v2/content/{item_id}/renditions/{rendition}")["href"]
