"""Authenticates regulator inspectors who view collection and disposal records.

Inspectors sign in with the regulator's identity provider; its signing
keys are published as a JWKS document and rotated a few times a year.
"""
import time

import jwt
import requests
from flask import g, request, abort

from knacker.config import settings

_JWKS_TTL = 3600
_jwks_cache: dict = {"keys": {}, "fetched": 0.0}


def _signing_keys() -> dict:
    if time.time() - _jwks_cache["fetched"] > _JWKS_TTL:
        doc = requests.get(settings.INSPECTOR_JWKS_URL, timeout=10).json()
        _jwks_cache["keys"] = {k["kid"]: jwt.PyJWK(k).key for k in doc["keys"]}
        _jwks_cache["fetched"] = time.time()
    return _jwks_cache["keys"]


def verify_inspector_token(token: str) -> dict:
    kid = jwt.get_unverified_header(token).get("kid")
    key = _signing_keys().get(kid)
    if key is None:
        raise jwt.InvalidTokenError("unknown signing key")
    return jwt.decode(
        token,
        key,
        algorithms=["RS256", "ES256"],
        audience=settings.INSPECTOR_AUDIENCE,
        issuer=settings.INSPECTOR_ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def require_inspector():
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    try:
        claims = verify_inspector_token(header.removeprefix("Bearer ").strip())
    except jwt.PyJWTError:
        abort(401)
    if "inspector" not in claims.get("roles", []):
        abort(403)
    g.inspector_id = claims["sub"]
