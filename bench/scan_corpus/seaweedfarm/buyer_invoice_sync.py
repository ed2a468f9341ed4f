"""Synchronises issued invoices with the buyers' procurement platform.

The procurement platform sits behind a private PKI; its CA certificate
is distributed to us and installed alongside the service.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass(frozen=True)
class ProcurementSettings:
    base_url: str = os.environ.get("PROCUREMENT_URL", "https://procure.partner.example")
    ca_bundle: str = os.environ.get("PROCUREMENT_CA_BUNDLE", "/etc/swf/pki/procurement-ca.pem")
    client_id: str = os.environ.get("PROCUREMENT_CLIENT_ID", "")
    client_secret: str = os.environ.get("PROCUREMENT_CLIENT_SECRET", "")

    def transport_options(self) -> dict[str, Any]:
        return {"verify": self.ca_bundle, "timeout": httpx.Timeout(20.0)}


class InvoiceSync:
    def __init__(self, settings: ProcurementSettings | None = None) -> None:
        self._settings = settings or ProcurementSettings()
        self._client = httpx.Client(base_url=self._settings.base_url, **self._settings.transport_options())
        self._token: str | None = None

    def _authenticate(self) -> str:
        if self._token is None:
            resp = self._client.post(
                "/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(self._settings.client_id, self._settings.client_secret),
            )
            resp.raise_for_status()
            self._token = resp.json()["access_token"]
        return self._token

    def push_invoice(self, invoice: dict[str, Any]) -> str:
        resp = self._client.post(
            "/v1/invoices",
            json=invoice,
            headers={"Authorization": f"Bearer {self._authenticate()}"},
        )
        resp.raise_for_status()
        return resp.json()["platform_id"]

    def status(self, platform_id: str) -> str:
        resp = self._client.get(
            f"/v1/invoices/{platform_id}",
            headers={"Authorization": f"Bearer {self._authenticate()}"},
        )
        resp.raise_for_status()
        return resp.json()["status"]
