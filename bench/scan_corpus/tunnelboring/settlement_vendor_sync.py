"""Synchronise readings from the instrumentation vendor's cloud platform.

The vendor hosts the automated total station data; the platform uses a
private certificate authority, whose bundle is deployed with this service.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone

import httpx


@dataclass
class VendorSyncSettings:
    base_url: str = field(default_factory=lambda: os.environ["INSTRUMENT_VENDOR_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get(
            "INSTRUMENT_VENDOR_CA", "/etc/ssl/instrument-vendor/ca-chain.pem"
        )
    )
    token_var: str = "INSTRUMENT_VENDOR_TOKEN"
    page_size: int = 500

    def client_kwargs(self) -> dict:
        return {
            "base_url": self.base_url,
            "verify": self.ca_bundle,
            "timeout": httpx.Timeout(30.0, connect=10.0),
            "headers": {"Authorization": f"Bearer {os.environ[self.token_var]}"},
        }


class VendorReadingSync:
    def __init__(self, settings: VendorSyncSettings | None = None) -> None:
        self.settings = settings or VendorSyncSettings()
        self._http = httpx.Client(**self.settings.client_kwargs())

    def readings_since(self, since: datetime) -> list[dict]:
        items: list[dict] = []
        cursor = None
        while True:
            params = {"since": since.astimezone(timezone.utc).isoformat(), "limit": self.settings.page_size}
            if cursor:
                params["cursor"] = cursor
            resp = self._http.get("/api/v2/readings", params=params)
            resp.raise_for_status()
            body = resp.json()
            items.extend(body["items"])
            cursor = body.get("next")
            if not cursor:
                return items

    def close(self) -> None:
        self._http.close()
