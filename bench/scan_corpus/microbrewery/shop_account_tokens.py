"""Verifies login tokens issued by the shop's identity provider (rotating signing keys)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
import requests
from jwt.algorithms import RSAAlgorithm

ISSUER = os.environ.get("SHOP_IDP_ISSUER", "https://login.oldmaltings.beer/")
AUDIENCE = os.environ.get("SHOP_IDP_AUDIENCE", "bottle-shop")
JWKS_URL = ISSUER.rstrip("/") + "/.well-known/jwks.json"
ACCEPTED_ALGORITHMS = ["RS256"]


class TokenRejected(Exception):
    pass


@dataclass
class ShopIdentity:
    customer_id: str
    email: str
    age_verified: bool


@lru_cache(maxsize=1)
def _jwks() -> dict[str, object]:
    resp = requests.get(JWKS_URL, timeout=5)
    resp.raise_for_status()
    return {k["kid"]: RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}


def _signing_key(token: str):
    kid = jwt.get_unverified_header(token).get("kid")
    keys = _jwks()
    if kid not in keys:
        _jwks.cache_clear()
        keys = _jwks()
    try:
        return keys[kid]
    except KeyError as exc:
        raise TokenRejected("unknown signing key") from exc


def verify_login_token(token: str) -> ShopIdentity:
    try:
        claims = jwt.decode(
            token,
            key=_signing_key(token),
            algorithms=ACCEPTED_ALGORITHMS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc
    return ShopIdentity(
        customer_id=claims["sub"],
        email=claims.get("email", ""),
        age_verified=bool(claims.get("age_verified", False)),
    )


def can_buy_alcohol(token: str) -> bool:
    try:
        return verify_login_token(token).age_verified
    except TokenRejected:
        return False
