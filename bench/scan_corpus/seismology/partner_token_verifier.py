"""Verify access tokens presented by partner agencies' alert consumers.

Partners rotate signing keys; the unverified header is read only to pick the
matching public key out of our identity provider's JWKS document.
"""
from __future__ import annotations

import json
import os
import time

import jwt
import requests

ISSUER = os.environ["EEW_IDP_ISSUER"]
AUDIENCE = "eew-alert-feed"
JWKS_URL = f"{ISSUER.rstrip('/')}/protocol/openid-connect/certs"
_JWKS_TTL = 600

_cache: dict = {"keys": {}, "fetched": 0.0}


def _signing_keys() -> dict:
    if time.monotonic() - _cache["fetched"] > _JWKS_TTL:
        resp = requests.get(JWKS_URL, timeout=5)
        resp.raise_for_status()
        _cache["keys"] = {
            k["kid"]: jwt.algorithms.RSAAlgorithm.from_jwk(json.dumps(k))
            for k in resp.json()["keys"]
            if k.get("use", "sig") == "sig"
        }
        _cache["fetched"] = time.monotonic()
    return _cache["keys"]


def verify(token: str) -> dict:
    kid = jwt.get_unverified_header(token).get("kid")
    key = _signing_keys().get(kid)
    if key is None:
        raise jwt.InvalidTokenError("unknown signing key")
    return jwt.decode(
        token,
        key=key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )
