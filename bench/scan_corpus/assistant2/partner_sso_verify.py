"""Verify id_tokens handed over by the partner portal's SSO redirect."""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import jwt
from jwt import PyJWKClient

PARTNER_ISSUER = os.environ["PARTNER_SSO_ISSUER"]
PARTNER_AUDIENCE = os.environ["PARTNER_SSO_CLIENT_ID"]
PARTNER_JWKS_URL = os.environ.get("PARTNER_SSO_JWKS_URL", f"{PARTNER_ISSUER}/.well-known/jwks.json")
ALLOWED_ALGORITHMS = ["RS256", "ES256"]


class PartnerTokenError(Exception):
    """The id_token failed validation."""


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(PARTNER_JWKS_URL, cache_keys=True, lifespan=3600)


def verify_partner_id_token(id_token: str) -> dict[str, Any]:
    """Validate signature, issuer, audience and expiry, then return the claims."""
    try:
        signing_key = _jwks_client().get_signing_key_from_jwt(id_token)
        claims = jwt.decode(
            id_token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=PARTNER_AUDIENCE,
            issuer=PARTNER_ISSUER,
            options={"require": ["exp", "iat", "sub", "email"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise PartnerTokenError(str(exc)) from exc
    if not claims.get("email_verified", False):
        raise PartnerTokenError("partner account email is not verified")
    return claims


def token_key_id(id_token: str) -> str | None:
    """The ``kid`` header, used only for log correlation when validation fails."""
    try:
        return jwt.get_unverified_header(id_token).get("kid")
    except jwt.PyJWTError:
        return None
