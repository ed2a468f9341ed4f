"""Single sign-on for the fish-health vet portal.

Vets sign in through the company identity provider; the portal receives an
ID token and maps it to a local session. Keys are fetched from the IdP's
JWKS endpoint and selected by the token's key id.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["VET_SSO_ISSUER"]
CLIENT_ID = os.environ["VET_SSO_CLIENT_ID"]
ALLOWED_ALGS = ("RS256", "ES256")


@dataclass
class VetIdentity:
    subject: str
    email: str
    licence_no: str
    sites: list[str]


@lru_cache(maxsize=1)
def jwks_client() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER}/.well-known/jwks.json", cache_keys=True, lifespan=3600)


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise jwt.InvalidAlgorithmError("unexpected token algorithm")
    return jwks_client().get_signing_key(header["kid"]).key


def verify_id_token(token: str) -> VetIdentity:
    claims = jwt.decode(
        token,
        key=_signing_key(token),
        algorithms=list(ALLOWED_ALGS),
        audience=CLIENT_ID,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub", "email"]},
        leeway=30,
    )
    return VetIdentity(
        subject=claims["sub"],
        email=claims["email"],
        licence_no=claims.get("vet_licence", ""),
        sites=list(claims.get("sites", [])),
    )
