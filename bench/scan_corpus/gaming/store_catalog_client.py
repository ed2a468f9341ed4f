"""HTTP client for the publisher's store catalog service.

Used by the storefront sync job to pull SKUs, prices and regional
availability into the game backend.
"""
import logging
from typing import Any, Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

DEFAULT_OPTIONS: dict[str, Any] = {
    "timeout": 10,
    "retries": 3,
    "page_size": 200,
    "verify_tls": False,
    "user_agent": "storefront-sync/2.3",
}


class CatalogError(RuntimeError):
    pass


class CatalogClient:
    def __init__(self, base_url: str, api_token: str, **options: Any) -> None:
        self._opts = {**DEFAULT_OPTIONS, **options}
        self._base = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers.update(
            {"Authorization": f"Bearer {api_token}", "User-Agent": self._opts["user_agent"]}
        )
        self._session.verify = self._opts["verify_tls"]
        retry = Retry(total=self._opts["retries"], backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params: Any) -> dict:
        resp = self._session.get(f"{self._base}{path}", params=params, timeout=self._opts["timeout"])
        if resp.status_code >= 400:
            raise CatalogError(f"{path} returned {resp.status_code}")
        return resp.json()

    def iter_skus(self, region: str) -> Iterator[dict]:
        cursor = None
        while True:
            page = self._get("/v1/skus", region=region, limit=self._opts["page_size"], cursor=cursor)
            yield from page["items"]
            cursor = page.get("next_cursor")
            if not cursor:
                break

    def price(self, sku: str, currency: str) -> dict:
        return self._get(f"/v1/skus/{sku}/price", currency=currency)
