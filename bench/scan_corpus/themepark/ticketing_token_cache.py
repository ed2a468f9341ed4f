"""OAuth client-credentials token cache for the ticketing vendor API (async)."""
import asyncio
import logging
import time

import httpx

log = logging.getLogger("ticketing.auth")


class TokenCache:
    def __init__(self, token_url: str, client_id: str, client_secret: str):
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    async def _fetch(self, client: httpx.AsyncClient) -> None:
        resp = await client.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "passes:read orders:read"},
            auth=(self._client_id, self._client_secret),
            timeout=15.0,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        ttl = int(body.get("expires_in", 3600))
        self._expires_at = time.monotonic() + ttl - 60
        log.info("ticketing token refreshed for client %s, ttl=%ss", self._client_id, ttl)

    async def bearer(self, client: httpx.AsyncClient) -> dict:
        async with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                await self._fetch(client)
        return {"Authorization": f"Bearer {self._token}"}

    def invalidate(self) -> None:
        log.info("ticketing token invalidated for client %s", self._client_id)
        self._token = None
