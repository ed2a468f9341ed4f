"""Validation of identity tokens from the customer sign-in provider.

The portal uses a hosted identity provider. Tokens are RS256 signed; the
key id in the header selects the provider's public key from its JWKS.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

ISSUER = os.environ.get("PORTAL_IDP_ISSUER", "https://login.marqueehire.example/")
AUDIENCE = os.environ.get("PORTAL_IDP_AUDIENCE", "customer-portal")
JWKS_URL = f"{ISSUER.rstrip('/')}/.well-known/jwks.json"


@dataclass
class PortalUser:
    subject: str
    email: str
    customer_id: int


@lru_cache(maxsize=1)
def _jwks() -> dict:
    resp = requests.get(JWKS_URL, timeout=10)
    resp.raise_for_status()
    return {k["kid"]: k for k in resp.json()["keys"]}


def _public_key(kid: str):
    keys = _jwks()
    if kid not in keys:
        _jwks.cache_clear()
        keys = _jwks()
    return RSAAlgorithm.from_jwk(keys[kid])


def validate(token: str) -> PortalUser:
    header = jwt.get_unverified_header(token)
    key = _public_key(header["kid"])
    claims = jwt.decode(
        token,
        key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )
    return PortalUser(
        subject=claims["sub"],
        email=claims["email"],
        customer_id=int(claims["https://marqueehire.example/customer_id"]),
    )
