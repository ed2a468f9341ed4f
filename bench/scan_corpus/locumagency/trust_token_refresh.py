"""Background refresher that keeps OAuth tokens for each trust API warm.

Tokens are kept in Redis so every worker shares one token per trust.
"""

from __future__ import annotations

import logging
import os
import time

import redis
import requests

log = logging.getLogger("locum.trust_tokens")

REFRESH_MARGIN = 300


class TrustTokenRefresher:
    def __init__(self, cache: redis.Redis, trusts: dict[str, dict]) -> None:
        self._cache = cache
        self._trusts = trusts

    @classmethod
    def from_env(cls, trusts: dict[str, dict]) -> "TrustTokenRefresher":
        return cls(redis.Redis.from_url(os.environ["REDIS_URL"]), trusts)

    def _fetch(self, trust_code: str, cfg: dict) -> tuple[str, int]:
        resp = requests.post(
            cfg["token_url"],
            data={"grant_type": "client_credentials", "scope": cfg.get("scope", "vacancies.read")},
            auth=(cfg["client_id"], os.environ[cfg["client_secret_env"]]),
            timeout=15,
        )
        if resp.status_code != 200:
            log.error("token request for trust %s failed with HTTP %s", trust_code, resp.status_code)
            resp.raise_for_status()
        body = resp.json()
        return body["access_token"], int(body.get("expires_in", 3600))

    def refresh_if_needed(self, trust_code: str) -> None:
        key = f"trust-token:{trust_code}"
        ttl = self._cache.ttl(key)
        if ttl is not None and ttl > REFRESH_MARGIN:
            return
        token, expires_in = self._fetch(trust_code, self._trusts[trust_code])
        self._cache.set(key, token, ex=expires_in)
        log.info("refreshed token for trust %s, expires in %ss", trust_code, expires_in)

    def run_forever(self, interval: int = 60) -> None:
        while True:
            for trust_code in self._trusts:
                try:
                    self.refresh_if_needed(trust_code)
                except requests.RequestException as exc:
                    log.warning("could not refresh trust %s: %s", trust_code, type(exc).__name__)
            time.sleep(interval)
