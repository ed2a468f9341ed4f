"""Validates single sign-on tokens for the wholesale buyer portal.

Buyer organisations log in via the cooperative identity provider. The
signing keys are published as a JWKS and rotated, so the token header's
``kid`` is used to pick the right key before verifying.
"""
import os
import time
from functools import lru_cache

import jwt
import requests
from flask import Flask, abort, g, jsonify, request

JWKS_URL = os.environ.get("BUYER_IDP_JWKS", "https://id.orchard-coop.example/.well-known/jwks.json")
SSO_CONFIG = {
    "issuer": os.environ.get("BUYER_IDP_ISSUER", "https://id.orchard-coop.example"),
    "audience": "buyer-portal",
    "algorithms": ["RS256", "ES256"],
    "leeway": 30,
}

app = Flask(__name__)


@lru_cache(maxsize=1)
def _jwks(cache_bucket: int) -> dict:
    resp = requests.get(JWKS_URL, timeout=5)
    resp.raise_for_status()
    return {k["kid"]: jwt.PyJWK(k) for k in resp.json()["keys"]}


def _signing_key(token: str) -> jwt.PyJWK:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in SSO_CONFIG["algorithms"]:
        raise jwt.InvalidAlgorithmError("unexpected algorithm")
    keys = _jwks(int(time.time() // 600))
    try:
        return keys[header["kid"]]
    except KeyError:
        raise jwt.InvalidKeyError("unknown key id")


def verify_buyer_token(token: str) -> dict:
    key = _signing_key(token)
    return jwt.decode(
        token,
        key.key,
        algorithms=SSO_CONFIG["algorithms"],
        audience=SSO_CONFIG["audience"],
        issuer=SSO_CONFIG["issuer"],
        leeway=SSO_CONFIG["leeway"],
        options={"require": ["exp", "iat", "sub", "org"]},
    )


@app.before_request
def authenticate():
    if request.endpoint == "health":
        return None
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        g.claims = verify_buyer_token(auth[7:])
    except (jwt.PyJWTError, KeyError):
        abort(401)
    return None


@app.get("/health")
def health():
    return jsonify(status="ok")


@app.get("/api/orders")
def list_orders():
    return jsonify(org=g.claims["org"], orders=[])
