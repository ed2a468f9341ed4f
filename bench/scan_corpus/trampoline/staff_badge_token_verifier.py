"""Verifies the SSO badge tokens staff use to clock in on the rota tablets."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jwt
import requests

BASE_OPTIONS: dict[str, Any] = {"require": ["exp", "iat", "sub", "aud"]}


@dataclass(frozen=True)
class IdpSettings:
    jwks_url: str
    issuer: str
    audience: str = "rota-tablet"

    @classmethod
    def from_env(cls) -> "IdpSettings":
        return cls(jwks_url=os.environ["IDP_JWKS_URL"], issuer=os.environ["IDP_ISSUER"])


@lru_cache(maxsize=1)
def _jwks(url: str) -> dict[str, Any]:
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    return {k["kid"]: k for k in resp.json()["keys"]}


class BadgeTokenVerifier:
    algorithms = ["RS256"]

    def __init__(self, settings: IdpSettings | None = None) -> None:
        self.settings = settings or IdpSettings.from_env()

    def _key_for(self, token: str):
        kid = jwt.get_unverified_header(token).get("kid")
        jwk = _jwks(self.settings.jwks_url).get(kid)
        if jwk is None:
            raise jwt.InvalidKeyError(f"unknown key id {kid!r}")
        return jwt.PyJWK(jwk).key

    def verify(self, token: str) -> dict[str, Any]:
        return jwt.decode(
            token,
            self._key_for(token),
            algorithms=self.algorithms,
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            options={**BASE_OPTIONS, "verify_signature": True},
            leeway=30,
        )

    def staff_id(self, token: str) -> str:
        return self.verify(token)["sub"]
