"""Validate OIDC ID tokens from partner health systems whose clinicians sign
in to the clinician console through their own IdP.

Each partner has its own issuer and JWKS endpoint, configured in the
``sso_partners`` table.
"""
from __future__ import annotations

import hmac
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGS = ["RS256", "ES256"]
LEEWAY_S = 30


@dataclass(frozen=True)
class Partner:
    slug: str
    issuer: str
    jwks_url: str
    client_id: str


@lru_cache(maxsize=64)
def _jwks_client(jwks_url: str) -> PyJWKClient:
    return PyJWKClient(jwks_url, cache_keys=True, lifespan=3600)


class SsoError(Exception):
    pass


def validate_id_token(token: str, partner: Partner, expected_nonce: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.DecodeError as exc:
        raise SsoError("malformed token") from exc
    if header.get("alg") not in ALLOWED_ALGS:
        raise SsoError(f"unexpected alg {header.get('alg')!r}")

    signing_key = _jwks_client(partner.jwks_url).get_signing_key_from_jwt(token)
    try:
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=partner.client_id,
            issuer=partner.issuer,
            leeway=LEEWAY_S,
            options={"require": ["exp", "iat", "sub", "nonce"]},
        )
    except jwt.PyJWTError as exc:
        raise SsoError(str(exc)) from exc

    if not hmac.compare_digest(str(claims["nonce"]), expected_nonce):
        raise SsoError("nonce mismatch")
    return claims
