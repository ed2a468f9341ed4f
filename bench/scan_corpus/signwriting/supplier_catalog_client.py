"""Pull the substrate and vinyl catalogue from the supplier's API.

The supplier's API sits behind a certificate issued by their private CA,
so the client pins that CA bundle rather than the system store.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class CatalogSettings:
    base_url: str
    api_key: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "CatalogSettings":
        return cls(
            base_url=os.environ["SUPPLIER_API_URL"],
            api_key=os.environ["SUPPLIER_API_KEY"],
            ca_bundle=os.environ.get("SUPPLIER_CA_BUNDLE", "/etc/signshop/certs/supplier-ca.pem"),
        )


@dataclass
class CatalogItem:
    sku: str
    name: str
    finish: str
    price_per_metre: Decimal


class SupplierCatalogClient:
    def __init__(self, settings: CatalogSettings) -> None:
        self.settings = settings
        self.session = requests.Session()
        self.session.verify = settings.ca_bundle
        self.session.headers["X-Api-Key"] = settings.api_key
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def items(self, category: str) -> list[CatalogItem]:
        resp = self.session.get(
            f"{self.settings.base_url}/catalog",
            params={"category": category},
            timeout=15,
        )
        resp.raise_for_status()
        return [
            CatalogItem(
                sku=i["sku"],
                name=i["name"],
                finish=i.get("finish", "gloss"),
                price_per_metre=Decimal(str(i["price_per_metre"])),
            )
            for i in resp.json()["items"]
        ]
