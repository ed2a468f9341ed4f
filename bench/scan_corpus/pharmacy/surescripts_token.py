"""OAuth client-credentials token cache for the e-prescribing network API."""
from __future__ import annotations

import asyncio
import logging
import os
import time

import httpx

log = logging.getLogger("erx.auth")


class NetworkTokenProvider:
    def __init__(self, token_url: str | None = None, client_id: str | None = None) -> None:
        self._token_url = token_url or os.environ["ERX_TOKEN_URL"]
        self._client_id = client_id or os.environ["ERX_CLIENT_ID"]
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    async def _refresh(self, client: httpx.AsyncClient) -> None:
        resp = await client.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "erx.messages"},
            auth=(self._client_id, os.environ["ERX_CLIENT_SECRET"]),
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 3600)) - 60
        log.info("refreshed e-prescribing token %s (expires in %ss)", self._token, payload.get("expires_in"))

    async def token(self, client: httpx.AsyncClient) -> str:
        async with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                await self._refresh(client)
            return self._token


async def send_message(provider: NetworkTokenProvider, base_url: str, message_xml: bytes) -> str:
    async with httpx.AsyncClient(timeout=30) as client:
        token = await provider.token(client)
        resp = await client.post(
            f"{base_url}/messages",
            content=message_xml,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/xml"},
        )
        resp.raise_for_status()
        return resp.headers["X-Message-Id"]
