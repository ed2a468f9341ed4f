"""Periodic refresh of per-user platform tokens used for entitlement sync."""
import logging
import os
import time

import httpx

from .config import settings
from .token_store import StoredTokens, TokenStore

log = logging.getLogger("entitlements.tokens")

REFRESH_MARGIN_S = 300


def _refresh(client: httpx.Client, tokens: StoredTokens) -> StoredTokens:
    resp = client.post(
        settings.PLATFORM_TOKEN_URL,
        data={"grant_type": "refresh_token", "refresh_token": tokens.refresh_token},
        auth=(os.environ["PLATFORM_CLIENT_ID"], os.environ["PLATFORM_CLIENT_SECRET"]),
    )
    resp.raise_for_status()
    body = resp.json()
    return tokens.replace(
        access_token=body["access_token"],
        refresh_token=body.get("refresh_token", tokens.refresh_token),
        expires_at=time.time() + int(body["expires_in"]),
    )


def run_once(store: TokenStore) -> int:
    done = 0
    with httpx.Client(timeout=10.0) as client:
        for tokens in store.expiring_before(time.time() + REFRESH_MARGIN_S):
            try:
                fresh = _refresh(client, tokens)
            except httpx.HTTPStatusError as exc:
                log.warning(
                    "token refresh for account %s on %s failed with HTTP %s",
                    tokens.account_id, tokens.platform, exc.response.status_code,
                )
                continue
            store.save(fresh)
            log.debug(
                "refreshed %s token for account %s, expires in %ds",
                fresh.platform, fresh.account_id, int(fresh.expires_at - time.time()),
            )
            done += 1
    return done
