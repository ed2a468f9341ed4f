"""Single sign-on for corporate accounts whose staff order awards through their IdP."""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from jwt import PyJWKClient

IDP_JWKS_URL = os.environ["CORP_SSO_JWKS_URL"]
EXPECTED_AUDIENCE = os.environ.get("CORP_SSO_AUDIENCE", "brightline-orders")
EXPECTED_ISSUER = os.environ["CORP_SSO_ISSUER"]
ALLOWED_ALGS = ["RS256", "ES256"]

_jwks = PyJWKClient(IDP_JWKS_URL, cache_keys=True, lifespan=3600)


@dataclass(frozen=True)
class CorporateUser:
    email: str
    account_domain: str
    can_approve_proofs: bool


class SsoError(Exception):
    pass


def verify_id_token(token: str) -> dict:
    try:
        signing_key = _jwks.get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=EXPECTED_AUDIENCE,
            issuer=EXPECTED_ISSUER,
            options={"require": ["exp", "iat", "sub", "email"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise SsoError(f"id token rejected: {exc}") from exc


def user_from_token(token: str, allowed_domains: set[str]) -> CorporateUser:
    claims = verify_id_token(token)
    email = claims["email"].lower()
    domain = email.rsplit("@", 1)[-1]
    if domain not in allowed_domains:
        raise SsoError(f"domain {domain} is not linked to a corporate account")
    groups = claims.get("groups", [])
    return CorporateUser(
        email=email,
        account_domain=domain,
        can_approve_proofs="award-approvers" in groups,
    )
