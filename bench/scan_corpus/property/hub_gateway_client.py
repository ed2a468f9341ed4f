"""HTTP client for on-site smart-lock hubs, which present certificates from our private CA."""
from __future__ import annotations

import os
import ssl
from typing import Any

import httpx

DEFAULT_CA_BUNDLE = "/etc/pm/pki/lock-hubs-ca.pem"


def _hub_ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file or os.environ.get("LOCK_HUB_CA_BUNDLE", DEFAULT_CA_BUNDLE))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class HubClient:
    def __init__(self, hub_url: str, api_key: str, *, ca_file: str | None = None, timeout: float = 8.0):
        self._client = httpx.Client(
            base_url=hub_url,
            headers={"X-Hub-Key": api_key},
            verify=_hub_ssl_context(ca_file),
            timeout=timeout,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "HubClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def devices(self) -> list[dict]:
        resp = self._client.get("/api/v2/devices")
        resp.raise_for_status()
        return resp.json()["devices"]

    def unlock(self, device_id: str, reason: str) -> dict:
        resp = self._client.post(f"/api/v2/devices/{device_id}/unlock", json={"reason": reason})
        resp.raise_for_status()
        return resp.json()

    def battery_levels(self) -> dict[str, int]:
        return {d["id"]: d.get("battery", -1) for d in self.devices()}
