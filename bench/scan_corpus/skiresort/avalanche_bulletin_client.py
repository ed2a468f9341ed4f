"""Async client for the avalanche warning service's bulletin API.

The warning service is reached through the regional government network,
whose TLS endpoints are issued by a private CA. The CA bundle is shipped
with our deployment and referenced via AVALANCHE_CA_BUNDLE.
"""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class BulletinSettings:
    base_url: str
    ca_bundle: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "BulletinSettings":
        return cls(
            base_url=os.environ["AVALANCHE_API_URL"],
            ca_bundle=os.environ["AVALANCHE_CA_BUNDLE"],
        )


def _tls_context(ca_bundle: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class BulletinClient:
    def __init__(self, settings: BulletinSettings | None = None):
        self.settings = settings or BulletinSettings.from_env()
        self._client = httpx.AsyncClient(
            base_url=self.settings.base_url,
            verify=_tls_context(self.settings.ca_bundle),
            timeout=self.settings.timeout,
            headers={"Accept": "application/json"},
        )

    async def close(self) -> None:
        await self._client.aclose()

    async def latest(self, region_id: str) -> dict:
        resp = await self._client.get("/bulletins/latest", params={"region": region_id})
        resp.raise_for_status()
        return resp.json()

    async def danger_level(self, region_id: str) -> int:
        bulletin = await self.latest(region_id)
        ratings = bulletin.get("dangerRatings", [])
        return max((int(r.get("mainValue", 0)) for r in ratings), default=0)
