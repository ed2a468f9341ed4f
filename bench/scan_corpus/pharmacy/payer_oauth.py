"""Client-credentials tokens for payer prior-authorization APIs."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("payers.oauth")


@dataclass
class PayerCredentials:
    payer_id: str
    token_url: str
    client_id: str
    client_secret: str


class PayerTokenCache:
    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http
        self._cache: dict[str, tuple[str, float]] = {}

    async def get(self, creds: PayerCredentials) -> str:
        cached = self._cache.get(creds.payer_id)
        if cached and cached[1] > time.monotonic():
            return cached[0]
        resp = await self._http.post(
            creds.token_url,
            data={"grant_type": "client_credentials"},
            auth=(creds.client_id, creds.client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        expires_in = int(body.get("expires_in", 1800))
        self._cache[creds.payer_id] = (body["access_token"], time.monotonic() + expires_in - 30)
        log.info(
            "obtained token for payer %s (client %s), valid for %ds",
            creds.payer_id,
            creds.client_id,
            expires_in,
        )
        return body["access_token"]

    def invalidate(self, payer_id: str) -> None:
        self._cache.pop(payer_id, None)
        log.debug("token cache cleared for payer %s", payer_id)
