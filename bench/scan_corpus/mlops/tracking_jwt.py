"""Validate access tokens issued by the platform IdP for the tracking API."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass

import jwt
import requests
from fastapi import Header, HTTPException, status

ISSUER = os.environ["TRACKING_OIDC_ISSUER"]
AUDIENCE = os.environ.get("TRACKING_OIDC_AUDIENCE", "experiment-tracking")
JWKS_TTL = 3600

_jwks_cache: dict = {"fetched": 0.0, "keys": {}}


def _signing_keys() -> dict[str, object]:
    if time.time() - _jwks_cache["fetched"] > JWKS_TTL:
        resp = requests.get(f"{ISSUER}/.well-known/jwks.json", timeout=5)
        resp.raise_for_status()
        keys = {}
        for jwk in resp.json()["keys"]:
            keys[jwk["kid"]] = jwt.PyJWK.from_dict(jwk).key
        _jwks_cache.update(fetched=time.time(), keys=keys)
    return _jwks_cache["keys"]


@dataclass
class Principal:
    subject: str
    projects: dict[str, str]


def current_principal(authorization: str = Header(...)) -> Principal:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    try:
        kid = jwt.get_unverified_header(token).get("kid")
        key = _signing_keys().get(kid)
        if key is None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown signing key")
        claims = jwt.decode(
            token,
            key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub"]},
        )
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return Principal(subject=claims["sub"], projects=claims.get("mlp/projects", {}))
