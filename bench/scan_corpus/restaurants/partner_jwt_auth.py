"""Verify JWTs sent by delivery partners when they call our order status API.

Partners rotate signing keys; the `kid` header tells us which of their
registered public keys to use.
"""
from __future__ import annotations

import jwt
from fastapi import Header, HTTPException, status

EXPECTED_AUDIENCE = "orders-api"
ALLOWED_ALGORITHMS = ["RS256", "ES256"]


class PartnerKeyring:
    def __init__(self, keys_by_kid: dict[str, tuple[str, str]]):
        # kid -> (partner_id, PEM public key), loaded from the partner registry table
        self._keys = keys_by_kid

    def lookup(self, kid: str) -> tuple[str, str]:
        try:
            return self._keys[kid]
        except KeyError:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown signing key")


def verify_partner_token(token: str, keyring: PartnerKeyring) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.InvalidTokenError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token")
    partner_id, public_key = keyring.lookup(header.get("kid", ""))
    try:
        claims = jwt.decode(
            token,
            public_key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=EXPECTED_AUDIENCE,
            issuer=partner_id,
            options={"require": ["exp", "iat", "iss", "aud"]},
        )
    except jwt.InvalidTokenError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid partner token")
    return claims


def partner_claims_dependency(keyring: PartnerKeyring):
    async def dependency(authorization: str = Header(...)) -> dict:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
        return verify_partner_token(token, keyring)

    return dependency
