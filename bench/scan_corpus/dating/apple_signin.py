"""Verification of Sign in with Apple identity tokens."""
from __future__ import annotations

import json
import time

import jwt
import requests

from .config import settings

_JWKS_CACHE: dict = {"keys": {}, "fetched_at": 0.0}
JWKS_TTL_SECONDS = 3600


class AppleTokenError(Exception):
    pass


def _load_keys(force: bool = False) -> dict:
    if force or time.time() - _JWKS_CACHE["fetched_at"] > JWKS_TTL_SECONDS:
        resp = requests.get(settings.APPLE_JWKS_URL, timeout=5)
        resp.raise_for_status()
        _JWKS_CACHE["keys"] = {k["kid"]: k for k in resp.json()["keys"]}
        _JWKS_CACHE["fetched_at"] = time.time()
    return _JWKS_CACHE["keys"]


def _public_key_for(kid: str):
    keys = _load_keys()
    if kid not in keys:
        keys = _load_keys(force=True)
    try:
        return jwt.algorithms.RSAAlgorithm.from_jwk(json.dumps(keys[kid]))
    except KeyError as exc:
        raise AppleTokenError("unknown signing key") from exc


def verify_identity_token(id_token: str) -> dict:
    try:
        header = jwt.get_unverified_header(id_token)
    except jwt.DecodeError as exc:
        raise AppleTokenError("malformed token") from exc

    key = _public_key_for(header.get("kid", ""))
    try:
        claims = jwt.decode(
            id_token,
            key=key,
            algorithms=["RS256"],
            audience=settings.APPLE_CLIENT_ID,
            issuer="https://appleid.apple.com",
        )
    except jwt.PyJWTError as exc:
        raise AppleTokenError(str(exc)) from exc
    return {"apple_sub": claims["sub"], "email": claims.get("email"), "email_verified": claims.get("email_verified")}
