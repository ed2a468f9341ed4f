"""OAuth token refresh for the group's contractor-vetting provider.

Contractor inductions are checked against the group vetting provider before
a firm's workers are allowed on site. Access tokens are obtained with the
client-credentials grant and cached until shortly before expiry.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
import time

import httpx

from colliery.settings import get_settings

log = logging.getLogger(__name__)

EXPIRY_MARGIN = 60


def fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:10]


class VettingTokenCache:
    def __init__(self) -> None:
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    async def _fetch(self) -> tuple[str, int]:
        cfg = get_settings().vetting
        async with httpx.AsyncClient(timeout=20.0) as client:
            response = await client.post(
                cfg.token_url,
                data={"grant_type": "client_credentials", "scope": "inductions.read"},
                auth=(cfg.client_id, cfg.client_secret),
            )
        response.raise_for_status()
        body = response.json()
        return body["access_token"], int(body.get("expires_in", 3600))

    async def token(self) -> str:
        async with self._lock:
            if self._token and time.monotonic() < self._expires_at - EXPIRY_MARGIN:
                return self._token
            token, lifetime = await self._fetch()
            self._token = token
            self._expires_at = time.monotonic() + lifetime
            log.info(
                "vetting token refreshed fp=%s expires_in=%ds", fingerprint(token), lifetime
            )
            return token


tokens = VettingTokenCache()
