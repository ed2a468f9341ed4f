"""Verifies ID tokens from the county volunteer SSO for the certification portal."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any, Dict

import httpx
import jwt


@dataclass
class SsoSettings:
    issuer: str = field(default_factory=lambda: os.environ["VOLUNTEER_SSO_ISSUER"])
    audience: str = field(default_factory=lambda: os.environ["VOLUNTEER_SSO_CLIENT_ID"])
    jwks_url: str = field(default_factory=lambda: os.environ["VOLUNTEER_SSO_JWKS_URL"])
    jwks_ttl: int = 3600


class JwksCache:
    def __init__(self, settings: SsoSettings) -> None:
        self.settings = settings
        self._keys: Dict[str, Any] = {}
        self._fetched = 0.0

    def _refresh(self) -> None:
        data = httpx.get(self.settings.jwks_url, timeout=5).raise_for_status().json()
        self._keys = {jwk["kid"]: jwt.PyJWK(jwk).key for jwk in data["keys"] if jwk.get("use", "sig") == "sig"}
        self._fetched = time.time()

    def key_for(self, kid: str) -> Any:
        if kid not in self._keys or time.time() - self._fetched > self.settings.jwks_ttl:
            self._refresh()
        try:
            return self._keys[kid]
        except KeyError:
            raise jwt.InvalidKeyError(f"unknown signing key {kid!r}") from None


class VolunteerTokenVerifier:
    ALGORITHMS = ["RS256", "ES256"]

    def __init__(self, settings: SsoSettings | None = None) -> None:
        self.settings = settings or SsoSettings()
        self.jwks = JwksCache(self.settings)

    def verify(self, token: str) -> Dict[str, Any]:
        header = jwt.get_unverified_header(token)
        key = self.jwks.key_for(str(header.get("kid", "")))
        return jwt.decode(
            token,
            key,
            algorithms=self.ALGORITHMS,
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
