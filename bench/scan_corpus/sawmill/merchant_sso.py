"""Single sign-on for builders' merchant partners.

Partner merchants resell our treated fencing and carcassing. Their staff sign
in with the merchant's own identity provider; we accept the ID token, check it
against the provider's published keys and map it to a partner account.
"""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from jwt import PyJWKClient

ALLOWED_ALGORITHMS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _settings() -> dict:
    return {
        "issuer": os.environ["PARTNER_IDP_ISSUER"],
        "audience": os.environ["PARTNER_IDP_CLIENT_ID"],
        "jwks_url": os.environ["PARTNER_IDP_JWKS_URL"],
    }


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(_settings()["jwks_url"], cache_keys=True, lifespan=3600)


def verify_id_token(token: str) -> dict:
    cfg = _settings()
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise jwt.InvalidAlgorithmError(f"algorithm {header.get('alg')!r} not accepted")
    signing_key = _jwks().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=cfg["audience"],
        issuer=cfg["issuer"],
        options={"require": ["exp", "iat", "sub"]},
    )


def partner_account_for(token: str, lookup) -> str:
    claims = verify_id_token(token)
    account = lookup(claims["iss"], claims["sub"])
    if account is None:
        raise PermissionError("no partner account linked to this identity")
    return account
