"""Validates crew single-sign-on tokens issued by the fleet identity provider."""

from __future__ import annotations

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGS = ["RS256"]
SSO_SETTINGS = {
    "jwks_url": os.environ.get("CREW_SSO_JWKS_URL", ""),
    "issuer": os.environ.get("CREW_SSO_ISSUER", ""),
    "audience": "crew-portal",
}


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(SSO_SETTINGS["jwks_url"], cache_keys=True)


def _kid_of(token: str) -> str:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS or "kid" not in header:
        raise jwt.InvalidTokenError("unexpected token header")
    return header["kid"]


def validate_crew_token(token: str) -> dict:
    _kid_of(token)
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGS,
        audience=SSO_SETTINGS["audience"],
        issuer=SSO_SETTINGS["issuer"],
        options={"require": ["exp", "iat", "sub"]},
    )
