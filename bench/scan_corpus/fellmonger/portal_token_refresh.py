"""Keeps the OAuth access token for the livestock registry API fresh."""
import asyncio
import logging
import time

import httpx

from fellmonger.settings import REGISTRY_OAUTH

log = logging.getLogger(__name__)


class RegistryTokenCache:
    refresh_margin = 120

    def __init__(self, config: dict = REGISTRY_OAUTH):
        self.config = config
        self._access_token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    async def _request_token(self) -> dict:
        async with httpx.AsyncClient(timeout=15) as client:
            resp = await client.post(
                self.config["token_url"],
                data={"grant_type": "client_credentials", "scope": self.config["scope"]},
                auth=(self.config["client_id"], self.config["client_secret"]),
            )
            resp.raise_for_status()
            return resp.json()

    async def token(self) -> str:
        async with self._lock:
            if self._access_token and time.monotonic() < self._expires_at - self.refresh_margin:
                return self._access_token
            grant = await self._request_token()
            self._access_token = grant["access_token"]
            self._expires_at = time.monotonic() + int(grant.get("expires_in", 3600))
            log.info(
                "registry token refreshed for client %s, scope=%s, expires_in=%ss",
                self.config["client_id"],
                grant.get("scope", self.config["scope"]),
                grant.get("expires_in"),
            )
            return self._access_token


async def lookup_nait_tag(cache: RegistryTokenCache, tag: str) -> dict:
    token = await cache.token()
    async with httpx.AsyncClient(base_url=REGISTRY_OAUTH["api_base"], timeout=15) as client:
        resp = await client.get(f"/animals/{tag}", headers={"Authorization": f"Bearer {token}"})
        resp.raise_for_status()
        return resp.json()
