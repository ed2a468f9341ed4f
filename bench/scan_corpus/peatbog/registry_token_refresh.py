"""Background refresh of the carbon registry OAuth token.

Several workers share one token via Redis; this job refreshes it before it
expires so the monitoring uploads never hit a 401 in the middle of a batch.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import httpx
import redis

log = logging.getLogger("peatbog.registry.token")

TOKEN_KEY = "registry:access_token"
REFRESH_MARGIN_S = 300


@dataclass(frozen=True)
class TokenSettings:
    token_url: str
    client_id: str
    client_secret: str

    @classmethod
    def from_env(cls) -> "TokenSettings":
        return cls(
            token_url=os.environ["CARBON_REGISTRY_TOKEN_URL"],
            client_id=os.environ["CARBON_REGISTRY_CLIENT_ID"],
            client_secret=os.environ["CARBON_REGISTRY_CLIENT_SECRET"],
        )


def fetch_token(settings: TokenSettings, client: httpx.Client) -> dict:
    resp = client.post(
        settings.token_url,
        data={"grant_type": "client_credentials", "scope": "projects:write issuance:read"},
        auth=(settings.client_id, settings.client_secret),
    )
    resp.raise_for_status()
    return resp.json()


def refresh_if_needed(settings: TokenSettings, cache: redis.Redis, client: httpx.Client) -> bool:
    ttl = cache.ttl(TOKEN_KEY)
    if ttl is not None and ttl > REFRESH_MARGIN_S:
        return False
    payload = fetch_token(settings, client)
    expires_in = int(payload.get("expires_in", 3600))
    cache.set(TOKEN_KEY, payload["access_token"], ex=expires_in)
    log.info(
        "refreshed registry token for client %s, scope=%s, expires in %ds",
        settings.client_id, payload.get("scope", "?"), expires_in,
    )
    return True


def run_forever(interval_s: int = 60) -> None:
    settings = TokenSettings.from_env()
    cache = redis.Redis.from_url(os.environ["REDIS_URL"])
    with httpx.Client(timeout=20.0) as client:
        while True:
            try:
                refresh_if_needed(settings, cache, client)
            except httpx.HTTPStatusError as exc:
                log.error("token refresh rejected with HTTP %d", exc.response.status_code)
            except httpx.TransportError as exc:
                log.warning("token endpoint unreachable: %s", exc.__class__.__name__)
            time.sleep(interval_s)
