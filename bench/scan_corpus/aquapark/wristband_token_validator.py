"""Validation of signed wristband tokens presented at ride entrances.

The guest app issues a short-lived JWT bound to the wristband; ride
attendants scan it to let season pass holders use the fast lane.
"""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class TokenPolicy:
    issuer: str = "https://id.aquapark-example.com"
    audience: str = "fastlane-gates"
    algorithms: tuple[str, ...] = ("RS256", "ES256")
    leeway_s: int = 10


class FastLaneTokenValidator:
    def __init__(self, jwks_url: str, policy: TokenPolicy | None = None) -> None:
        self.policy = policy or TokenPolicy()
        self.jwks = PyJWKClient(jwks_url, cache_keys=True)

    def _key_id(self, token: str) -> str:
        header = jwt.get_unverified_header(token)
        kid = header.get("kid")
        if not kid:
            raise jwt.InvalidTokenError("token has no key id")
        return kid

    def validate(self, token: str) -> dict:
        signing_key = self.jwks.get_signing_key(self._key_id(token))
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=list(self.policy.algorithms),
            audience=self.policy.audience,
            issuer=self.policy.issuer,
            leeway=self.policy.leeway_s,
            options={"require": ["exp", "sub", "wristband"]},
        )
        return claims

    def wristband_for(self, token: str) -> str | None:
        try:
            return self.validate(token)["wristband"]
        except jwt.PyJWTError:
            return None
