"""Validates ID tokens presented by in-cab driver tablets to the dispatch API.

Tablets are signed in through the corporate identity provider; several signing keys may
be live at once during rotation, so the key is picked by the token's kid.
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Any, Dict

import jwt
from jwt import PyJWKClient

ISSUER = os.environ["DISPATCH_IDP_ISSUER"]
AUDIENCE = os.environ.get("DISPATCH_AUDIENCE", "dispatch-api")
ALLOWED_ALGS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


class TabletAuthError(Exception):
    pass


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise TabletAuthError("unexpected token algorithm")
    kid = header.get("kid")
    if not kid:
        raise TabletAuthError("token has no key id")
    return _jwks_client().get_signing_key(kid).key


def verify_tablet_token(token: str) -> Dict[str, Any]:
    try:
        claims = jwt.decode(
            token,
            _signing_key(token),
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
            leeway=30,
        )
    except jwt.PyJWTError as exc:
        raise TabletAuthError(str(exc)) from exc
    if "driver" not in claims.get("roles", []):
        raise TabletAuthError("token is not for a driver")
    return claims


def driver_identity(token: str) -> Dict[str, str]:
    claims = verify_tablet_token(token)
    return {"staff_number": claims["sub"], "depot": claims.get("depot", "")}
