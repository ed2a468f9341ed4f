"""Verification of merchant server-to-server JWTs.

Merchants sign requests with their own RSA/EC keys and publish them on a JWKS
URL registered in the merchant portal. The ``kid`` header tells us which
merchant key to use.
"""
from __future__ import annotations

from functools import lru_cache

import jwt
from jwt import PyJWKClient

from bnpl.config import settings
from bnpl.merchants.repository import get_merchant_by_key_id

ALLOWED_ALGORITHMS = ["RS256", "ES256"]


class MerchantAuthError(Exception):
    pass


@lru_cache(maxsize=512)
def _jwks_client(jwks_url: str) -> PyJWKClient:
    return PyJWKClient(jwks_url, cache_keys=True, lifespan=900)


def authenticate_merchant(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise MerchantAuthError("malformed token") from exc

    kid = header.get("kid")
    merchant = get_merchant_by_key_id(kid) if kid else None
    if merchant is None:
        raise MerchantAuthError("unknown key id")

    signing_key = _jwks_client(merchant.jwks_url).get_signing_key(kid)
    try:
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=settings.MERCHANT_API_AUDIENCE,
            issuer=merchant.jwt_issuer,
            options={"require": ["exp", "iat", "iss", "aud"]},
            leeway=30,
        )
    except jwt.InvalidTokenError as exc:
        raise MerchantAuthError(str(exc)) from exc
    claims["merchant_id"] = merchant.id
    return claims
