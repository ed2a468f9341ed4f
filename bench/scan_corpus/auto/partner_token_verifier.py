"""Verifies access tokens presented by mobility partners (e.g. ride-hailing apps).

Each partner publishes a JWKS; the token header tells us which key was used.
"""
from __future__ import annotations

from functools import lru_cache

import jwt
from jwt import PyJWKClient

from mobility.partners import PartnerRegistry

ACCEPTED_ALGORITHMS = ["RS256", "ES256"]
AUDIENCE = "urn:mobility:vehicle-api"


class PartnerTokenError(Exception):
    pass


@lru_cache(maxsize=64)
def _jwks_client(jwks_url: str) -> PyJWKClient:
    return PyJWKClient(jwks_url, cache_keys=True)


def verify_partner_token(token: str, registry: PartnerRegistry) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise PartnerTokenError("malformed token") from exc

    partner = registry.by_key_id(header.get("kid", ""))
    if partner is None:
        raise PartnerTokenError("unknown signing key")

    signing_key = _jwks_client(partner.jwks_url).get_signing_key_from_jwt(token)
    try:
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ACCEPTED_ALGORITHMS,
            audience=AUDIENCE,
            issuer=partner.issuer,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise PartnerTokenError(str(exc)) from exc
