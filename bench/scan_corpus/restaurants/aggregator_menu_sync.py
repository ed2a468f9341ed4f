"""Push menu and availability updates to the delivery aggregator marketplace.

The aggregator's partner API sits behind their private CA and requires a
client certificate, both issued during onboarding.
"""
from __future__ import annotations

import os
import ssl

import httpx


def _partner_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=os.environ["AGGREGATOR_CA_BUNDLE"])
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(
        certfile=os.environ["AGGREGATOR_CLIENT_CERT"],
        keyfile=os.environ["AGGREGATOR_CLIENT_KEY"],
    )
    return ctx


class MenuSync:
    def __init__(self, base_url: str | None = None):
        self._client = httpx.AsyncClient(
            base_url=base_url or os.environ["AGGREGATOR_API_URL"],
            verify=_partner_ssl_context(),
            timeout=httpx.Timeout(20.0, connect=5.0),
        )

    async def push_menu(self, store_id: str, menu: dict) -> str:
        resp = await self._client.put(f"/stores/{store_id}/menu", json=menu)
        resp.raise_for_status()
        return resp.json()["menu_version"]

    async def set_item_availability(self, store_id: str, sku: str, available: bool) -> None:
        resp = await self._client.patch(
            f"/stores/{store_id}/items/{sku}", json={"available": available}
        )
        resp.raise_for_status()

    async def aclose(self) -> None:
        await self._client.aclose()
