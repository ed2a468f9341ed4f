"""Verifies access tokens presented to the member services API.

Tokens are issued by the cooperative's identity provider and signed
with its rotating RSA keys published at the JWKS endpoint.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class VerifierSettings:
    issuer: str = field(default_factory=lambda: os.environ["IDP_ISSUER"])
    audience: str = "member-services"
    jwks_url: str = field(default_factory=lambda: os.environ["IDP_JWKS_URL"])
    algorithms: tuple[str, ...] = ("RS256",)
    leeway_s: int = 30


@dataclass
class MemberIdentity:
    member_id: str
    supplier_numbers: list[str]
    roles: list[str]


class TokenVerifier:
    def __init__(self, settings: VerifierSettings | None = None) -> None:
        self.settings = settings or VerifierSettings()
        self._jwks = PyJWKClient(self.settings.jwks_url, cache_keys=True)

    def verify(self, token: str) -> MemberIdentity:
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=list(self.settings.algorithms),
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            leeway=self.settings.leeway_s,
            options={"require": ["exp", "iat", "sub"]},
        )
        return MemberIdentity(
            member_id=claims["sub"],
            supplier_numbers=claims.get("suppliers", []),
            roles=claims.get("roles", []),
        )

    def has_role(self, token: str, role: str) -> bool:
        try:
            return role in self.verify(token).roles
        except jwt.PyJWTError:
            return False
