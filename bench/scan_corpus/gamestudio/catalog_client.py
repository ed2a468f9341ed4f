"""HTTP client for the platform storefront catalog (prices, regional SKUs).

Some staging environments use a private CA; point STORE_CA_BUNDLE at its PEM file.
"""
from __future__ import annotations

import logging
import os
import ssl
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


def build_tls_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


@dataclass(frozen=True)
class CatalogItem:
    sku: str
    title: str
    price_minor: int
    currency: str


class CatalogClient:
    def __init__(self, base_url: str, token: str, ca_bundle: str | None = None, timeout: float = 10.0):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"},
            verify=build_tls_context(ca_bundle),
            timeout=timeout,
        )

    @classmethod
    def from_env(cls) -> "CatalogClient":
        return cls(
            base_url=os.environ["STORE_CATALOG_URL"],
            token=os.environ["STORE_CATALOG_TOKEN"],
            ca_bundle=os.environ.get("STORE_CA_BUNDLE"),
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "CatalogClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def items(self, region: str) -> list[CatalogItem]:
        resp = self._client.get("/v1/items", params={"region": region})
        resp.raise_for_status()
        items = [CatalogItem(**row) for row in resp.json()["items"]]
        log.info("fetched %d catalog items for %s", len(items), region)
        return items

    def price(self, sku: str, region: str) -> CatalogItem:
        resp = self._client.get(f"/v1/items/{sku}", params={"region": region})
        resp.raise_for_status()
        return CatalogItem(**resp.json())
