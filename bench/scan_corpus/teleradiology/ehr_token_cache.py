"""OAuth2 client-credentials token cache for hospital EHR integrations.

Several workers share one token per hospital through Redis.  The logs record
when a token was fetched and how long it lives, never the token itself.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx
import redis

log = logging.getLogger("integrations.ehr_tokens")


@dataclass(frozen=True)
class OAuthClient:
    hospital: str
    token_url: str
    client_id: str
    client_secret: str
    ca_bundle: str
    scope: str


class EhrTokenCache:
    def __init__(self, store: redis.Redis, http: httpx.Client | None = None) -> None:
        self._store = store
        self._http = http

    def _client_for(self, cfg: OAuthClient) -> httpx.Client:
        return self._http or httpx.Client(verify=cfg.ca_bundle, timeout=15.0)

    def _fetch(self, cfg: OAuthClient) -> tuple[str, int]:
        resp = self._client_for(cfg).post(
            cfg.token_url,
            data={"grant_type": "client_credentials", "scope": cfg.scope},
            auth=(cfg.client_id, cfg.client_secret),
        )
        if resp.status_code != 200:
            log.error("token request for %s failed with HTTP %s", cfg.hospital, resp.status_code)
            resp.raise_for_status()
        payload = resp.json()
        expires_in = int(payload.get("expires_in", 300))
        log.info(
            "fetched %s token for %s (client %s), expires in %ss",
            payload.get("token_type", "bearer"),
            cfg.hospital,
            cfg.client_id,
            expires_in,
        )
        return payload["access_token"], expires_in

    def token(self, cfg: OAuthClient) -> str:
        key = f"ehr-token:{cfg.hospital}"
        cached = self._store.get(key)
        if cached is not None:
            return cached.decode("ascii")
        lock = self._store.lock(f"{key}:lock", timeout=30, blocking_timeout=20)
        with lock:
            cached = self._store.get(key)
            if cached is not None:
                return cached.decode("ascii")
            access_token, expires_in = self._fetch(cfg)
            self._store.setex(key, max(expires_in - 60, 30), access_token)
            return access_token

    def invalidate(self, cfg: OAuthClient) -> None:
        self._store.delete(f"ehr-token:{cfg.hospital}")
        log.info("dropped cached token for %s", cfg.hospital)
