"""Token validation for the therapist rota app.

Therapists sign in through the company identity provider; the rota API
accepts the resulting access token and maps it to a therapist record.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jwt
from jwt import PyJWKClient

DECODE_OPTIONS: dict[str, Any] = {
    "require": ["exp", "iat", "sub", "aud", "iss"],
    "verify_exp": True,
}


@dataclass(frozen=True)
class IdentitySettings:
    issuer: str = os.environ["ROTA_IDP_ISSUER"]
    audience: str = "rota-app"
    algorithms: tuple[str, ...] = ("RS256",)
    leeway_seconds: int = 30


@lru_cache(maxsize=1)
def _jwks(issuer: str) -> PyJWKClient:
    return PyJWKClient(f"{issuer.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def validate_access_token(token: str, settings: IdentitySettings = IdentitySettings()) -> dict[str, Any]:
    signing_key = _jwks(settings.issuer).get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=list(settings.algorithms),
        audience=settings.audience,
        issuer=settings.issuer,
        leeway=settings.leeway_seconds,
        options=DECODE_OPTIONS,
    )


def therapist_from_token(token: str) -> dict[str, Any]:
    claims = validate_access_token(token)
    roles = set(claims.get("roles", []))
    if "therapist" not in roles and "rota-manager" not in roles:
        raise PermissionError("token does not grant rota access")
    return {
        "therapist_id": claims["sub"],
        "sites": claims.get("sites", []),
        "manager": "rota-manager" in roles,
    }
