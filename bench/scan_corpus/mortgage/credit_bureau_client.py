"""Async client for the tri-merge credit report reseller.

Used by the underwriting worker to pull soft and hard credit for applicants.
"""
from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass, field

import aiohttp

_CONNECTOR_OPTS = {
    "limit": 20,
    "ttl_dns_cache": 300,
    "ssl": False,
}


@dataclass
class BureauConfig:
    base_url: str = field(default_factory=lambda: os.environ["CREDIT_RESELLER_URL"])
    username: str = field(default_factory=lambda: os.environ["CREDIT_RESELLER_USER"])
    password: str = field(default_factory=lambda: os.environ["CREDIT_RESELLER_PASSWORD"])
    timeout_s: float = 45.0


class CreditBureauClient:
    def __init__(self, config: BureauConfig | None = None) -> None:
        self.config = config or BureauConfig()
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "CreditBureauClient":
        self._session = aiohttp.ClientSession(
            base_url=self.config.base_url,
            connector=aiohttp.TCPConnector(**_CONNECTOR_OPTS),
            auth=aiohttp.BasicAuth(self.config.username, self.config.password),
            timeout=aiohttp.ClientTimeout(total=self.config.timeout_s),
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session:
            await self._session.close()

    async def order_report(self, loan_number: str, applicants: list[dict], pull: str = "soft") -> dict:
        payload = {
            "reference": loan_number,
            "pullType": pull,
            "bureaus": ["EFX", "XPN", "TU"],
            "applicants": applicants,
        }
        async with self._session.post("/v2/reports", json=payload) as resp:
            resp.raise_for_status()
            return await resp.json()

    async def fetch_report(self, report_id: str, poll_every: float = 2.0, attempts: int = 15) -> dict:
        for _ in range(attempts):
            async with self._session.get(f"/v2/reports/{report_id}") as resp:
                resp.raise_for_status()
                body = await resp.json()
            if body.get("status") == "complete":
                return body
            await asyncio.sleep(poll_every)
        raise TimeoutError(f"credit report {report_id} not ready")
