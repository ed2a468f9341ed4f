"""Pulls the product catalogue (with hazard classification and safety distances) from a supplier."""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class CatalogSettings:
    base_url: str
    api_key: str
    ca_bundle: str
    timeout_s: float = 20.0

    @classmethod
    def from_env(cls) -> "CatalogSettings":
        return cls(
            base_url=os.environ["SUPPLIER_CATALOG_URL"],
            api_key=os.environ["SUPPLIER_API_KEY"],
            ca_bundle=os.environ.get("SUPPLIER_CA_BUNDLE", "/etc/ssl/certs/supplier-ca.pem"),
        )


@dataclass(frozen=True)
class CatalogProduct:
    sku: str
    name: str
    category: str
    hazard_division: str
    safety_distance_m: int
    calibre_mm: int | None


class SupplierCatalogClient:
    def __init__(self, settings: CatalogSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._session.headers.update({"X-Api-Key": settings.api_key, "Accept": "application/json"})
        retry = Retry(total=4, backoff_factor=0.5, status_forcelist=(502, 503, 504), allowed_methods=("GET",))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(f"{self._settings.base_url}{path}", params=params, timeout=self._settings.timeout_s)
        resp.raise_for_status()
        return resp.json()

    def products(self, category: str | None = None) -> list[CatalogProduct]:
        page, out = 1, []
        while True:
            data = self._get("/catalog/products", category=category, page=page)
            for item in data["products"]:
                out.append(
                    CatalogProduct(
                        sku=item["sku"],
                        name=item["name"],
                        category=item["category"],
                        hazard_division=item["un_hd"],
                        safety_distance_m=int(item["safety_distance_m"]),
                        calibre_mm=item.get("calibre_mm"),
                    )
                )
            if not data.get("next_page"):
                return out
            page = data["next_page"]
