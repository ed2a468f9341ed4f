"""Looks up current catalogue values from the stamp catalogue publisher's API."""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

import httpx

CATALOGUE_TLS = {
    "cafile": "/etc/ssl/certs/ca-certificates.crt",
    "minimum_version": ssl.TLSVersion.TLSv1_2,
}


@dataclass
class CatalogueValue:
    catalogue: str
    number: str
    condition: str
    value_gbp: Decimal
    edition: str


def tls_context(options: dict = CATALOGUE_TLS) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=options["cafile"])
    ctx.minimum_version = options["minimum_version"]
    return ctx


class CatalogueValueClient:
    def __init__(self, api_key: str, base_url: str | None = None) -> None:
        self._client = httpx.Client(
            base_url=base_url or os.environ["CATALOGUE_API_URL"],
            verify=tls_context(),
            timeout=httpx.Timeout(10.0, connect=5.0),
            headers={"Authorization": f"Token {api_key}"},
        )

    def lookup(self, catalogue: str, number: str, condition: str = "mint") -> Optional[CatalogueValue]:
        resp = self._client.get(f"/{catalogue}/items/{number}", params={"condition": condition})
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        data = resp.json()
        return CatalogueValue(
            catalogue=catalogue,
            number=number,
            condition=condition,
            value_gbp=Decimal(str(data["value"])),
            edition=data.get("edition", ""),
        )

    def __enter__(self) -> "CatalogueValueClient":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()
