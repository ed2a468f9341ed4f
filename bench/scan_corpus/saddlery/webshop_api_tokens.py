"""Verifies access tokens issued by the identity provider for the webshop API."""

from __future__ import annotations

import os
from functools import lru_cache

import jwt
import requests
from flask import Flask, abort, g, request

app = Flask(__name__)

ISSUER = os.environ.get("WEBSHOP_OIDC_ISSUER", "https://login.tackshop.example/")
AUDIENCE = os.environ.get("WEBSHOP_API_AUDIENCE", "webshop-api")
ALLOWED_ALGS = ["RS256"]


@lru_cache(maxsize=1)
def _jwks() -> dict[str, object]:
    resp = requests.get(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", timeout=10)
    resp.raise_for_status()
    keys = {}
    for jwk in resp.json()["keys"]:
        keys[jwk["kid"]] = jwt.algorithms.RSAAlgorithm.from_jwk(jwk)
    return keys


def verify_access_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    key = _jwks().get(header.get("kid", ""))
    if key is None:
        raise jwt.InvalidTokenError("unknown signing key")
    return jwt.decode(token, key, algorithms=ALLOWED_ALGS, audience=AUDIENCE, issuer=ISSUER)


@app.before_request
def authenticate():
    if request.path.startswith("/public/"):
        return None
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        g.claims = verify_access_token(auth[len("Bearer "):])
    except jwt.PyJWTError:
        abort(401)
    return None


@app.get("/api/wishlist")
def wishlist():
    return {"customer": g.claims["sub"], "items": []}
