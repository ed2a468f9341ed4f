"""Client for the flour mill's quality portal, used to fetch certificates of analysis.

The mill runs its portal behind a private CA, so the client pins the CA bundle
distributed by the mill's IT team.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests


@dataclass
class MillPortalSettings:
    base_url: str = field(default_factory=lambda: os.environ["MILL_PORTAL_URL"])
    api_key: str = field(default_factory=lambda: os.environ["MILL_PORTAL_API_KEY"])
    ca_bundle: str = "/etc/bakehouse/ca/millers-private-ca.pem"
    timeout: float = 15.0


class MillPortalClient:
    def __init__(self, settings: MillPortalSettings | None = None) -> None:
        self.settings = settings or MillPortalSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        self.session.headers.update({"X-Api-Key": self.settings.api_key, "Accept": "application/json"})

    def _get(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.settings.base_url}{path}", params=params, timeout=self.settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def certificates_for_delivery(self, delivery_note: str) -> list[dict]:
        return self._get("/api/coa", delivery_note=delivery_note).get("certificates", [])

    def download_pdf(self, certificate_id: str) -> bytes:
        resp = self.session.get(
            f"{self.settings.base_url}/api/coa/{certificate_id}/pdf",
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.content


def fetch_for_goods_in(delivery_note: str) -> list[tuple[str, bytes]]:
    client = MillPortalClient()
    out = []
    for cert in client.certificates_for_delivery(delivery_note):
        out.append((cert["lot"], client.download_pdf(cert["id"])))
    return out
