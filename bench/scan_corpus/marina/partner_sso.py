"""Single sign-on for partner charter agencies.

Agencies authenticate their staff with their own OpenID provider and call our
API with the resulting ID token. Each agency record stores its issuer and
JWKS URL; the ``kid`` in the token header picks the signing key.
"""
from __future__ import annotations

from functools import lru_cache

import jwt
from jwt import PyJWKClient

from marina.partners.models import Agency

ALLOWED_ALGS = ["RS256", "ES256"]


class PartnerAuthError(Exception):
    pass


@lru_cache(maxsize=64)
def _jwks(jwks_url: str) -> PyJWKClient:
    return PyJWKClient(jwks_url, cache_keys=True, lifespan=3600)


def _agency_for(token: str) -> Agency:
    # issuer tells us which agency's keys to fetch; nothing here is trusted yet
    unverified = jwt.decode(token, options={"verify_signature": False})
    agency = Agency.objects.filter(oidc_issuer=unverified.get("iss"), active=True).first()
    if agency is None:
        raise PartnerAuthError("unknown issuer")
    return agency


def authenticate(token: str, audience: str) -> dict:
    agency = _agency_for(token)
    try:
        signing_key = _jwks(agency.jwks_url).get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=audience,
            issuer=agency.oidc_issuer,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise PartnerAuthError(str(exc)) from exc
    claims["agency_id"] = agency.id
    return claims
