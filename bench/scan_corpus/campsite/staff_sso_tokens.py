"""Validate access tokens issued by the group identity provider for the staff rota and warden apps."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ACCEPTED_ALGORITHMS = ("RS256", "ES256")


@dataclass(frozen=True)
class IdpSettings:
    issuer: str
    audience: str
    jwks_url: str
    leeway_s: int = 30


@lru_cache(maxsize=1)
def idp_settings() -> IdpSettings:
    return IdpSettings(
        issuer=os.environ["STAFF_IDP_ISSUER"],
        audience=os.environ.get("STAFF_IDP_AUDIENCE", "park-staff-apps"),
        jwks_url=os.environ["STAFF_IDP_JWKS_URL"],
    )


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(idp_settings().jwks_url, cache_keys=True, lifespan=3600)


class TokenRejected(Exception):
    pass


def staff_claims(token: str) -> dict:
    settings = idp_settings()
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ACCEPTED_ALGORITHMS or "kid" not in header:
        raise TokenRejected("unexpected token header")
    signing_key = _jwks_client().get_signing_key(header["kid"])
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=list(ACCEPTED_ALGORITHMS),
            audience=settings.audience,
            issuer=settings.issuer,
            leeway=settings.leeway_s,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc


def park_roles(claims: dict, park_code: str) -> set[str]:
    grants = claims.get("park_roles", {})
    return set(grants.get(park_code, [])) | set(grants.get("*", []))
