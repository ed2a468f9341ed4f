"""Nightly sync of allocations with third-party ticket resellers."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterator

import requests


@dataclass(frozen=True)
class PartnerTlsSettings:
    ca_bundle: str = "/etc/ssl/puppettheatre/partners-ca.pem"
    client_cert: tuple[str, str] = (
        "/etc/ssl/puppettheatre/sync-client.crt",
        "/etc/ssl/puppettheatre/sync-client.key",
    )


@dataclass(frozen=True)
class ResellerSettings:
    base_url: str = field(default_factory=lambda: os.environ["RESELLER_API_URL"])
    tls: PartnerTlsSettings = field(default_factory=PartnerTlsSettings)
    page_size: int = 200


class ResellerSync:
    def __init__(self, settings: ResellerSettings) -> None:
        self.settings = settings
        self._session = requests.Session()
        self._session.verify = settings.tls.ca_bundle
        self._session.cert = settings.tls.client_cert

    def _pages(self, path: str) -> Iterator[list[dict]]:
        page = 1
        while True:
            response = self._session.get(
                f"{self.settings.base_url}{path}",
                params={"page": page, "size": self.settings.page_size},
                timeout=30,
            )
            response.raise_for_status()
            items = response.json()["items"]
            if not items:
                return
            yield items
            page += 1

    def sold_seats(self, performance_id: str) -> list[str]:
        seats: list[str] = []
        for items in self._pages(f"/performances/{performance_id}/sales"):
            seats.extend(item["seat"] for item in items)
        return seats

    def release(self, performance_id: str, seats: list[str]) -> None:
        response = self._session.post(
            f"{self.settings.base_url}/performances/{performance_id}/release",
            json={"seats": seats},
            timeout=30,
        )
        response.raise_for_status()
