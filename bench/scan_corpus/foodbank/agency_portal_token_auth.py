"""Validate access tokens presented by partner agency case-worker apps.

Tokens are issued by the food bank's identity provider and signed with one of
a small set of rotating RSA keys, identified by ``kid``.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

import jwt
from flask import Flask, abort, g, jsonify, request
from jwt.algorithms import RSAAlgorithm

ISSUER = os.environ["AGENCY_TOKEN_ISSUER"]
AUDIENCE = "agency-orders"
KEYSET_PATH = Path(os.environ.get("AGENCY_JWKS_FILE", "/etc/foodbank/agency_jwks.json"))

app = Flask(__name__)


@lru_cache(maxsize=1)
def _public_keys() -> dict:
    keyset = json.loads(KEYSET_PATH.read_text())
    return {k["kid"]: RSAAlgorithm.from_jwk(json.dumps(k)) for k in keyset["keys"]}


def verify_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    key = _public_keys().get(header.get("kid"))
    if key is None:
        raise jwt.InvalidKeyError("unknown signing key")
    return jwt.decode(
        token,
        key=key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub", "agency_id"]},
    )


@app.before_request
def _authenticate() -> None:
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        g.claims = verify_token(auth.removeprefix("Bearer "))
    except jwt.PyJWTError:
        abort(401)


@app.get("/agencies/me/orders")
def my_orders():
    agency_id = g.claims["agency_id"]
    return jsonify({"agency_id": agency_id, "orders": []})
