"""Validates identity tokens issued to the on-course scoring app by the club's identity provider."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

import httpx
import jwt
from jwt.algorithms import RSAAlgorithm


@dataclass(frozen=True)
class IdentitySettings:
    jwks_url: str = field(default_factory=lambda: os.environ["SCORER_JWKS_URL"])
    issuer: str = field(default_factory=lambda: os.environ["SCORER_TOKEN_ISSUER"])
    audience: str = "scoring-app"
    algorithms: tuple[str, ...] = ("RS256",)


@lru_cache(maxsize=1)
def _jwks(url: str) -> dict[str, dict]:
    resp = httpx.get(url, timeout=10)
    resp.raise_for_status()
    return {key["kid"]: key for key in resp.json()["keys"]}


@dataclass
class ScorerIdentity:
    member_id: int
    competition_id: int
    scopes: frozenset[str]


class ScorerTokenValidator:
    def __init__(self, settings: IdentitySettings | None = None) -> None:
        self._settings = settings or IdentitySettings()

    def _public_key(self, token: str):
        kid = jwt.get_unverified_header(token).get("kid", "")
        jwk = _jwks(self._settings.jwks_url).get(kid)
        if jwk is None:
            raise jwt.InvalidKeyError(f"unknown signing key {kid!r}")
        return RSAAlgorithm.from_jwk(jwk)

    def validate(self, token: str) -> ScorerIdentity:
        s = self._settings
        claims = jwt.decode(
            token,
            self._public_key(token),
            algorithms=list(s.algorithms),
            audience=s.audience,
            issuer=s.issuer,
            options={"require": ["exp", "sub", "cid"]},
        )
        return ScorerIdentity(int(claims["sub"]), int(claims["cid"]), frozenset(claims.get("scope", "").split()))
