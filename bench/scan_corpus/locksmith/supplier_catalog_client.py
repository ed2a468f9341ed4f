"""Read-only client for the wholesaler's product catalogue."""
from dataclasses import dataclass
from urllib.parse import urljoin

import requests

# Version of the catalogue schema we were built against; the supplier uses a
# four-part scheme and rejects clients that don't send it.
CATALOG_SCHEMA = "4.10.2.1"


@dataclass(frozen=True)
class CatalogConfig:
    base_url: str
    account_no: str
    timeout: float = 20.0


class CatalogClient:
    def __init__(self, config: CatalogConfig, session: requests.Session | None = None):
        self.config = config
        self.session = session or requests.Session()
        self.session.headers["X-Catalog-Schema"] = CATALOG_SCHEMA

    def _url(self, path: str) -> str:
        return urljoin(self.config.base_url.rstrip("/") + "/", path.lstrip("/"))

    def product(self, sku: str) -> dict:
        resp = self.session.get(self._url(f"products/{sku}"),
                                params={"account": self.config.account_no},
                                timeout=self.config.timeout)
        resp.raise_for_status()
        return resp.json()

    def search(self, query: str, brand: str | None = None, limit: int = 50) -> list[dict]:
        params = {"q": query, "limit": limit, "account": self.config.account_no}
        if brand:
            params["brand"] = brand
        resp = self.session.get(self._url("products"), params=params, timeout=self.config.timeout)
        resp.raise_for_status()
        return resp.json()["results"]


def from_settings(settings) -> CatalogClient:
    return CatalogClient(CatalogConfig(settings.SUPPLIER_CATALOG_URL, settings.SUPPLIER_ACCOUNT_NO))
