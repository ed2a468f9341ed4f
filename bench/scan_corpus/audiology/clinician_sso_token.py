"""Validates SSO tokens issued by the clinic group's identity provider."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient


class SsoSettings:
    issuer = os.environ.get("SSO_ISSUER", "https://id.clearsound-clinics.example")
    audience = "audiology-portal"
    algorithms = ["RS256"]
    leeway_s = 30


@dataclass
class ClinicianIdentity:
    subject: str
    email: str
    clinic_codes: list[str]


@lru_cache(maxsize=1)
def jwks_client(issuer: str) -> PyJWKClient:
    return PyJWKClient(f"{issuer}/.well-known/jwks.json", cache_keys=True)


class SsoValidator:
    base_options = {"require": ["exp", "iat", "iss", "aud", "sub"]}

    def __init__(self, settings: type[SsoSettings] = SsoSettings) -> None:
        self.settings = settings

    def key_id(self, token: str) -> str | None:
        return jwt.get_unverified_header(token).get("kid")

    def validate(self, token: str) -> ClinicianIdentity:
        signing_key = jwks_client(self.settings.issuer).get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=self.settings.algorithms,
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            leeway=self.settings.leeway_s,
            options={**self.base_options, "verify_aud": True},
        )
        return ClinicianIdentity(
            subject=claims["sub"],
            email=claims.get("email", ""),
            clinic_codes=list(claims.get("clinics", [])),
        )
