"""Verifies access tokens issued by the identity service to the mobile app."""
from __future__ import annotations

from dataclasses import dataclass

import jwt


@dataclass
class TokenSettings:
    jwks_url: str
    issuer: str
    audience: str = "hub-mobile-api"
    leeway_s: int = 30


class AppTokenVerifier:
    ALLOWED_ALGORITHMS = ("RS256", "ES256")

    def __init__(self, settings: TokenSettings) -> None:
        self._settings = settings
        self._jwks = jwt.PyJWKClient(settings.jwks_url, cache_keys=True)

    def verify(self, token: str) -> dict:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.ALLOWED_ALGORITHMS or "kid" not in header:
            raise jwt.InvalidTokenError("unsupported token header")
        signing_key = self._jwks.get_signing_key(header["kid"])
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=list(self.ALLOWED_ALGORITHMS),
            audience=self._settings.audience,
            issuer=self._settings.issuer,
            leeway=self._settings.leeway_s,
            options={"require": ["exp", "iat", "sub"]},
        )
