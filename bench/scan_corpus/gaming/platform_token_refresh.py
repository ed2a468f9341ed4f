"""Background refresh of console platform OAuth tokens.

Some platform APIs (friends, presence, entitlements) need a user token; we
keep the refresh token encrypted in the DB and refresh shortly before the
access token expires.
"""
import logging
import os
import time
from dataclasses import dataclass

import httpx

from .config import settings
from .token_store import TokenStore

log = logging.getLogger("platform.tokens")

REFRESH_MARGIN_S = 300


@dataclass
class PlatformTokens:
    account_id: int
    platform: str
    access_token: str
    refresh_token: str
    expires_at: float


class TokenRefresher:
    def __init__(self, store: TokenStore, client: httpx.Client | None = None) -> None:
        self._store = store
        self._client = client or httpx.Client(timeout=10.0)
        self._client_id = os.environ["PLATFORM_CLIENT_ID"]
        self._client_secret = os.environ["PLATFORM_CLIENT_SECRET"]

    def _exchange(self, tokens: PlatformTokens) -> PlatformTokens:
        resp = self._client.post(
            settings.PLATFORM_TOKEN_URL,
            data={"grant_type": "refresh_token", "refresh_token": tokens.refresh_token},
            auth=(self._client_id, self._client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        return PlatformTokens(
            account_id=tokens.account_id,
            platform=tokens.platform,
            access_token=body["access_token"],
            refresh_token=body.get("refresh_token", tokens.refresh_token),
            expires_at=time.time() + int(body["expires_in"]),
        )

    def refresh_due(self) -> int:
        refreshed = 0
        for tokens in self._store.expiring_before(time.time() + REFRESH_MARGIN_S):
            try:
                new = self._exchange(tokens)
            except httpx.HTTPError as exc:
                log.warning("refresh failed for account %s on %s: %s", tokens.account_id, tokens.platform, exc)
                continue
            self._store.save(new)
            log.debug("refreshed %s token for account %s: %s", new.platform, new.account_id, new.access_token)
            refreshed += 1
        return refreshed
