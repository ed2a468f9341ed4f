"""Verifies the short-lived content tokens that screen players present.

The content API issues RS256 tokens per player.  The CDN edge function
forwards them here to decide whether a player may fetch a creative.  Keys
rotate, so the token header's `kid` selects the public key from the JWKS.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class TokenSettings:
    jwks_url: str
    issuer: str
    audience: str = "screen-content"
    leeway_s: int = 30

    @classmethod
    def from_env(cls) -> "TokenSettings":
        return cls(jwks_url=os.environ["CONTENT_JWKS_URL"], issuer=os.environ["CONTENT_TOKEN_ISSUER"])


@dataclass(frozen=True)
class PlayerGrant:
    player_id: str
    creative_ids: frozenset[str]


@lru_cache(maxsize=1)
def _jwks(url: str) -> PyJWKClient:
    return PyJWKClient(url, cache_keys=True, lifespan=900)


class ContentTokenVerifier:
    def __init__(self, settings: TokenSettings) -> None:
        self._settings = settings

    def key_id(self, token: str) -> str | None:
        """Key id from the unverified header, used only to choose the key."""
        return jwt.get_unverified_header(token).get("kid")

    def verify(self, token: str) -> PlayerGrant:
        signing_key = _jwks(self._settings.jwks_url).get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=self._settings.audience,
            issuer=self._settings.issuer,
            leeway=self._settings.leeway_s,
            options={"require": ["exp", "iat", "sub"]},
        )
        return PlayerGrant(
            player_id=claims["sub"],
            creative_ids=frozenset(claims.get("creatives", [])),
        )

    def may_fetch(self, token: str, creative_id: str) -> bool:
        try:
            grant = self.verify(token)
        except jwt.PyJWTError:
            return False
        return creative_id in grant.creative_ids
