"""Validate ID tokens from the partner hub when sellers sign in via SSO."""
from __future__ import annotations

import hmac

import jwt
from jwt import PyJWKClient

from sellers.config import settings

ALLOWED_ALGORITHMS = ["RS256", "ES256"]

_jwks_client = PyJWKClient(settings.PARTNER_HUB_JWKS_URL, cache_keys=True, lifespan=3600)


class InvalidPartnerToken(Exception):
    pass


def verify_id_token(id_token: str, nonce: str) -> dict:
    try:
        header = jwt.get_unverified_header(id_token)
    except jwt.DecodeError as exc:
        raise InvalidPartnerToken("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise InvalidPartnerToken(f"unexpected alg {header.get('alg')!r}")

    signing_key = _jwks_client.get_signing_key_from_jwt(id_token)
    try:
        claims = jwt.decode(
            id_token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=settings.PARTNER_HUB_CLIENT_ID,
            issuer=settings.PARTNER_HUB_ISSUER,
            options={"require": ["exp", "iat", "sub", "nonce"]},
            leeway=30,
        )
    except jwt.InvalidTokenError as exc:
        raise InvalidPartnerToken(str(exc)) from exc
    if not hmac.compare_digest(str(claims["nonce"]), nonce):
        raise InvalidPartnerToken("nonce mismatch")
    return claims
