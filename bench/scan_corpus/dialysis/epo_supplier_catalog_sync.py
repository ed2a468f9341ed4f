"""Syncs the EPO product catalogue and prices from the supplier portal.

The pharmacy team needs current pack sizes, strengths and contract
prices for epoetin and darbepoetin products. The supplier exposes them
over an API whose certificate is issued by a private partner CA.
"""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass
from decimal import Decimal

import httpx


@dataclass(frozen=True)
class SupplierEndpoint:
    base_url: str
    ca_bundle: str
    token: str

    @classmethod
    def from_env(cls) -> "SupplierEndpoint":
        return cls(
            base_url=os.environ["EPO_SUPPLIER_URL"],
            ca_bundle=os.environ.get("EPO_SUPPLIER_CA", "/etc/pki/partners/supplier-ca.pem"),
            token=os.environ["EPO_SUPPLIER_TOKEN"],
        )


@dataclass
class CatalogItem:
    sku: str
    product: str
    strength_iu: int
    pack_size: int
    unit_price: Decimal


def partner_tls_context(endpoint: SupplierEndpoint) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=endpoint.ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def fetch_catalog(endpoint: SupplierEndpoint | None = None) -> list[CatalogItem]:
    endpoint = endpoint or SupplierEndpoint.from_env()
    client_opts = {"verify": partner_tls_context(endpoint), "timeout": 20.0}
    with httpx.Client(base_url=endpoint.base_url, **client_opts) as client:
        resp = client.get(
            "/catalog", params={"category": "esa"},
            headers={"Authorization": f"Bearer {endpoint.token}"},
        )
        resp.raise_for_status()
        return [
            CatalogItem(
                sku=i["sku"],
                product=i["name"],
                strength_iu=int(i["strength_iu"]),
                pack_size=int(i["pack_size"]),
                unit_price=Decimal(str(i["price"])),
            )
            for i in resp.json()["items"]
        ]
