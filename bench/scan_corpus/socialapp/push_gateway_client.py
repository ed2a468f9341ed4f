"""Async client for the internal push-notification gateway."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp

log = logging.getLogger(__name__)

_CONNECTOR_OPTS: dict[str, Any] = {
    "limit": 200,
    "ttl_dns_cache": 300,
    "ssl": False,
}
_RETRYABLE = {429, 502, 503, 504}


class PushGatewayError(RuntimeError):
    pass


class PushGatewayClient:
    def __init__(self, base_url: str, api_token: str, timeout: float = 10.0):
        self._base_url = base_url.rstrip("/")
        self._token = api_token
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "PushGatewayClient":
        connector = aiohttp.TCPConnector(**_CONNECTOR_OPTS)
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=self._timeout,
            headers={"Authorization": f"Bearer {self._token}"},
        )
        return self

    async def __aexit__(self, *exc) -> None:
        if self._session:
            await self._session.close()

    async def send(self, device_tokens: list[str], notification: dict, attempts: int = 3) -> dict:
        assert self._session is not None, "use 'async with PushGatewayClient(...)'"
        body = {"tokens": device_tokens, "notification": notification}
        for attempt in range(1, attempts + 1):
            async with self._session.post(f"{self._base_url}/v2/send", json=body) as resp:
                if resp.status in _RETRYABLE and attempt < attempts:
                    log.warning("push gateway returned %s, retry %d", resp.status, attempt)
                    await asyncio.sleep(2 ** attempt)
                    continue
                if resp.status >= 400:
                    raise PushGatewayError(f"gateway error {resp.status}")
                return await resp.json()
        raise PushGatewayError("exhausted retries")
