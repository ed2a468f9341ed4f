"""Verification of bearer tokens presented by corporate-gifting partners."""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["PARTNER_IDP_ISSUER"]
AUDIENCE = "mealkit-gifting-api"
ALLOWED_ALGORITHMS = ["RS256", "ES256"]


class PartnerTokenError(Exception):
    pass


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(os.environ["PARTNER_IDP_JWKS_URL"], cache_keys=True, lifespan=3600)


def verify_partner_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise PartnerTokenError("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGORITHMS or "kid" not in header:
        raise PartnerTokenError("unexpected token header")

    signing_key = _jwks_client().get_signing_key(header["kid"])
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "partner_id"]},
            leeway=30,
        )
    except jwt.InvalidTokenError as exc:
        raise PartnerTokenError(str(exc)) from exc
