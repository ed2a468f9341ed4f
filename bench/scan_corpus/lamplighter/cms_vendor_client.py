"""Async client for the lighting vendor's central management system (CMS).

The vendor CMS holds the node inventory of every smart controller it has
commissioned. We pull node status and burn-hour counters from it to drive
planned lamp replacement.
"""
from __future__ import annotations

from dataclasses import dataclass

import httpx

from lamplighter.settings import settings


@dataclass
class CmsConnection:
    base_url: str
    api_token: str
    ca_bundle: str | bool = False
    timeout: float = 15.0
    page_size: int = 200

    @classmethod
    def from_settings(cls) -> "CmsConnection":
        return cls(base_url=settings.VENDOR_CMS_URL, api_token=settings.VENDOR_CMS_TOKEN)


class CmsClient:
    def __init__(self, conn: CmsConnection) -> None:
        self.conn = conn
        self._client = httpx.AsyncClient(base_url=conn.base_url, headers={"Authorization": f"Token {conn.api_token}"}, verify=conn.ca_bundle, timeout=conn.timeout)

    async def __aenter__(self) -> "CmsClient":
        return self

    async def __aexit__(self, *exc) -> None:
        await self._client.aclose()

    async def nodes(self, site: str) -> list[dict]:
        items: list[dict] = []
        cursor: str | None = None
        while True:
            params = {"site": site, "limit": self.conn.page_size}
            if cursor:
                params["cursor"] = cursor
            resp = await self._client.get("/api/nodes", params=params)
            resp.raise_for_status()
            data = resp.json()
            items.extend(data["results"])
            cursor = data.get("next_cursor")
            if not cursor:
                return items

    async def burn_hours(self, node_id: str) -> float:
        resp = await self._client.get(f"/api/nodes/{node_id}/counters")
        resp.raise_for_status()
        return float(resp.json()["burn_hours"])


async def sync_site(site: str) -> int:
    async with CmsClient(CmsConnection.from_settings()) as cms:
        return len(await cms.nodes(site))
