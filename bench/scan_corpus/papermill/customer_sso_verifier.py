"""Verifies ID tokens from the customer identity provider for the order portal."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class OidcSettings:
    issuer: str = field(default_factory=lambda: os.environ["CUSTOMER_IDP_ISSUER"])
    audience: str = field(default_factory=lambda: os.environ["CUSTOMER_IDP_CLIENT_ID"])
    algorithms: tuple[str, ...] = ("RS256",)
    leeway_s: int = 30


@dataclass
class PortalUser:
    subject: str
    email: str
    customer_account: str


class CustomerTokenVerifier:
    def __init__(self, settings: OidcSettings) -> None:
        self.settings = settings

    @cached_property
    def _jwks(self) -> PyJWKClient:
        return PyJWKClient(f"{self.settings.issuer}/.well-known/jwks.json", cache_keys=True)

    @property
    def decode_options(self) -> dict:
        return {"require": ["exp", "iat", "iss", "aud", "sub"]}

    def claims(self, token: str) -> dict:
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=list(self.settings.algorithms),
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            leeway=self.settings.leeway_s,
            options=self.decode_options,
        )

    def user(self, token: str) -> PortalUser:
        c = self.claims(token)
        return PortalUser(subject=c["sub"], email=c.get("email", ""),
                          customer_account=c["customer_account"])
