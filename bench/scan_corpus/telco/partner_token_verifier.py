"""Verifies access tokens presented to the partner API.

Tokens are issued by our identity provider; the `kid` header selects the
signing key from its JWKS endpoint.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import jwt
from jwt import PyJWKClient


@dataclass
class TokenVerifierSettings:
    jwks_url: str = field(default_factory=lambda: os.environ["PARTNER_IDP_JWKS_URL"])
    issuer: str = field(default_factory=lambda: os.environ["PARTNER_IDP_ISSUER"])
    audience: str = "partner-api"
    algorithms: tuple[str, ...] = ("RS256", "ES256")
    leeway_seconds: int = 30


class InvalidPartnerToken(Exception):
    pass


class PartnerTokenVerifier:
    def __init__(self, settings: TokenVerifierSettings | None = None) -> None:
        self._settings = settings or TokenVerifierSettings()
        self._jwks = PyJWKClient(self._settings.jwks_url, cache_keys=True)

    def verify(self, token: str) -> dict:
        try:
            header = jwt.get_unverified_header(token)
            if header.get("alg") not in self._settings.algorithms:
                raise InvalidPartnerToken(f"unsupported alg {header.get('alg')}")
            signing_key = self._jwks.get_signing_key(header["kid"])
            return jwt.decode(
                token,
                signing_key.key,
                algorithms=list(self._settings.algorithms),
                audience=self._settings.audience,
                issuer=self._settings.issuer,
                leeway=self._settings.leeway_seconds,
                options={"require": ["exp", "iat", "sub"]},
            )
        except (jwt.PyJWTError, KeyError) as exc:
            raise InvalidPartnerToken(str(exc)) from exc
