"""Client for the courier's tracking API.

The courier's B2B endpoint presents a certificate issued by their private CA;
ops drops the CA bundle on the host and points COURIER_CA_BUNDLE at it.
"""
from __future__ import annotations

import os
import ssl

import httpx

SETTINGS = {
    "base_url": os.environ.get("COURIER_TRACKING_URL", ""),
    "ca_bundle": os.environ.get("COURIER_CA_BUNDLE"),
    "timeout": 10.0,
}


def _tls_context(ca_bundle: str | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle) if ca_bundle else ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class TrackingClient:
    def __init__(self, api_key: str, **overrides) -> None:
        cfg = {**SETTINGS, **overrides}
        self._client = httpx.Client(
            base_url=cfg["base_url"],
            headers={"X-Api-Key": api_key, "Accept": "application/json"},
            timeout=cfg["timeout"],
            verify=_tls_context(cfg["ca_bundle"]),
        )

    def status(self, tracking_number: str) -> dict:
        resp = self._client.get(f"/v1/tracking/{tracking_number}")
        resp.raise_for_status()
        data = resp.json()
        return {
            "tracking_number": tracking_number,
            "status": data["status"],
            "last_event": data["events"][0] if data.get("events") else None,
        }

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "TrackingClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
