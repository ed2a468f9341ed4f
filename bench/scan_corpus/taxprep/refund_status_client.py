"""Async client for the refund-status aggregator (bank product + IRS WMR data)."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx

from refunds.settings import RefundSettings


@dataclass(frozen=True)
class RefundStatus:
    return_id: str
    stage: str
    expected_date: str | None
    amount_cents: int | None


class RefundStatusClient:
    def __init__(self, settings: RefundSettings):
        self._client = httpx.AsyncClient(
            base_url=settings.aggregator_base_url,
            timeout=httpx.Timeout(10.0, connect=5.0),
            headers={"Accept": "application/json"},
        )

    async def status(self, return_id: str) -> RefundStatus:
        resp = await self._client.get(f"/v3/refunds/{return_id}")
        resp.raise_for_status()
        body = resp.json()
        return RefundStatus(
            return_id=return_id,
            stage=body["stage"],
            expected_date=body.get("expectedDepositDate"),
            amount_cents=body.get("amountCents"),
        )

    async def many(self, return_ids: list[str], concurrency: int = 8) -> list[RefundStatus]:
        sem = asyncio.Semaphore(concurrency)

        async def one(rid: str) -> RefundStatus:
            async with sem:
                return await self.status(rid)

        return await asyncio.gather(*(one(r) for r in return_ids))

    async def aclose(self) -> None:
        await self._client.aclose()
