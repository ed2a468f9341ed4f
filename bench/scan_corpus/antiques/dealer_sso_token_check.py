"""Validates single sign-on tokens for dealers coming from the fair organiser's portal."""
from __future__ import annotations

import json
import os
import time
from typing import Any

import jwt
import requests
from jwt.algorithms import RSAAlgorithm


class SsoSettings:
    jwks_url = os.environ.get("FAIR_SSO_JWKS_URL", "")
    issuer = os.environ.get("FAIR_SSO_ISSUER", "")
    audience = "dealer-storefront"
    algorithms = ["RS256"]
    jwks_ttl = 3600


class JwksCache:
    def __init__(self, settings: type[SsoSettings] = SsoSettings) -> None:
        self.settings = settings
        self._keys: dict[str, Any] = {}
        self._fetched = 0.0

    def refresh(self) -> None:
        response = requests.get(self.settings.jwks_url, timeout=10)
        response.raise_for_status()
        self._keys = {
            jwk["kid"]: RSAAlgorithm.from_jwk(json.dumps(jwk)) for jwk in response.json()["keys"]
        }
        self._fetched = time.monotonic()

    def key(self, kid: str) -> Any:
        if kid not in self._keys or time.monotonic() - self._fetched > self.settings.jwks_ttl:
            self.refresh()
        return self._keys[kid]


class DealerTokenValidator:
    def __init__(self, cache: JwksCache | None = None) -> None:
        self.cache = cache or JwksCache()
        self.settings = self.cache.settings

    def validate(self, token: str) -> dict[str, Any]:
        header = jwt.get_unverified_header(token)
        signing_key = self.cache.key(header.get("kid", ""))
        return jwt.decode(
            token,
            signing_key,
            algorithms=self.settings.algorithms,
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            options={"require": ["exp", "iat", "sub"]},
        )

    def dealer_id(self, token: str) -> str:
        return self.validate(token)["sub"]
