"""Async client for the influencer platform's campaign metrics API.

Used by the nightly job that reconciles affiliate clicks against the
platform's own numbers before commissions are paid out.
"""
from __future__ import annotations

import os
from datetime import date
from typing import Any

import httpx

DEFAULT_CLIENT_OPTIONS: dict[str, Any] = {
    "timeout": httpx.Timeout(15.0, connect=5.0),
    "follow_redirects": True,
    "verify": False,
    "http2": True,
}


class InfluencerMetricsClient:
    def __init__(self, base_url: str, token: str | None = None, **overrides: Any):
        options = {**DEFAULT_CLIENT_OPTIONS, **overrides}
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token or os.environ['INFLUENCER_API_TOKEN']}"},
            **options,
        )

    async def __aenter__(self) -> "InfluencerMetricsClient":
        return self

    async def __aexit__(self, *exc) -> None:
        await self._client.aclose()

    async def campaign_clicks(self, campaign_id: str, day: date) -> list[dict[str, Any]]:
        resp = await self._client.get(
            f"/v2/campaigns/{campaign_id}/clicks", params={"date": day.isoformat()}
        )
        resp.raise_for_status()
        return resp.json()["data"]

    async def creator_summary(self, creator_handle: str) -> dict[str, Any]:
        resp = await self._client.get(f"/v2/creators/{creator_handle}/summary")
        resp.raise_for_status()
        return resp.json()
