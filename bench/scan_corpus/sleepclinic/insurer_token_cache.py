"""Shared OAuth token cache for the insurer pre-authorisation clearing house.

Several workers submit pre-authorisation requests, so the client-credentials
token is cached in Redis and refreshed shortly before it expires.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import redis
import requests

log = logging.getLogger(__name__)

CACHE_KEY = "preauth:access-token"
REFRESH_MARGIN = 60


@dataclass(frozen=True)
class ClearingHouseCredentials:
    token_url: str
    client_id: str
    client_secret: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "ClearingHouseCredentials":
        return cls(
            token_url=os.environ["PREAUTH_TOKEN_URL"],
            client_id=os.environ["PREAUTH_CLIENT_ID"],
            client_secret=os.environ["PREAUTH_CLIENT_SECRET"],
            ca_bundle=os.environ.get("PREAUTH_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        )

    def __repr__(self) -> str:
        return f"ClearingHouseCredentials(client_id={self.client_id!r}, token_url={self.token_url!r})"


class TokenCache:
    def __init__(self, creds: ClearingHouseCredentials, cache: redis.Redis) -> None:
        self.creds = creds
        self.cache = cache

    def _fetch(self) -> tuple[str, int]:
        resp = requests.post(
            self.creds.token_url,
            data={"grant_type": "client_credentials", "scope": "preauth.read preauth.write"},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=15,
            verify=self.creds.ca_bundle,
        )
        resp.raise_for_status()
        body = resp.json()
        return body["access_token"], int(body.get("expires_in", 300))

    def token(self) -> str:
        cached = self.cache.get(CACHE_KEY)
        if cached:
            return cached.decode("utf-8")
        token, expires_in = self._fetch()
        self.cache.set(CACHE_KEY, token, ex=max(expires_in - REFRESH_MARGIN, 30))
        log.info(
            "refreshed clearing-house token for client %s; valid for %ss",
            self.creds.client_id,
            expires_in,
        )
        return token

    def invalidate(self) -> None:
        self.cache.delete(CACHE_KEY)
        log.info("invalidated cached clearing-house token for client %s", self.creds.client_id)
