"""Validates ID tokens that the guide app obtains from the identity provider."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGORITHMS = ["RS256"]


@dataclass(frozen=True)
class IdpSettings:
    issuer: str
    audience: str
    jwks_url: str

    @classmethod
    def from_env(cls) -> "IdpSettings":
        issuer = os.environ["GUIDE_IDP_ISSUER"].rstrip("/")
        return cls(
            issuer=issuer,
            audience=os.environ["GUIDE_IDP_AUDIENCE"],
            jwks_url=os.environ.get("GUIDE_IDP_JWKS_URL", f"{issuer}/.well-known/jwks.json"),
        )


@dataclass
class GuideIdentity:
    subject: str
    email: str
    roles: list[str]


@lru_cache(maxsize=1)
def _jwks_client(jwks_url: str) -> PyJWKClient:
    return PyJWKClient(jwks_url, cache_keys=True, lifespan=3600)


class GuideTokenValidator:
    def __init__(self, settings: IdpSettings):
        self._settings = settings

    def validate(self, token: str) -> GuideIdentity:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGORITHMS:
            raise jwt.InvalidAlgorithmError(f"unexpected alg {header.get('alg')}")
        signing_key = _jwks_client(self._settings.jwks_url).get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=self._settings.audience,
            issuer=self._settings.issuer,
            options={"require": ["exp", "iat", "sub"]},
        )
        return GuideIdentity(
            subject=claims["sub"],
            email=claims.get("email", ""),
            roles=list(claims.get("roles", [])),
        )

    def is_lead_guide(self, token: str) -> bool:
        return "lead_guide" in self.validate(token).roles
