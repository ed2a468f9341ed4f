"""Verify access tokens issued by the campus identity provider.

Notebook helper services accept OIDC access tokens. The signing key is picked
from the IdP's JWKS by the ``kid`` in the token header.
"""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGORITHMS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(os.environ["OIDC_JWKS_URL"], cache_keys=True, lifespan=3600)


def token_key_id(token: str) -> str | None:
    """Key id from the unverified header, only used to select the JWKS entry."""
    return jwt.get_unverified_header(token).get("kid")


def verify_access_token(token: str) -> dict:
    if token_key_id(token) is None:
        raise jwt.InvalidTokenError("token header has no kid")
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=os.environ["OIDC_AUDIENCE"],
        issuer=os.environ["OIDC_ISSUER"],
        options={"require": ["exp", "iat", "sub"]},
        leeway=30,
    )


def scopes_of(claims: dict) -> set[str]:
    return set(claims.get("scope", "").split())
