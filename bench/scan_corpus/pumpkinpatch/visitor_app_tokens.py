"""Validates access tokens for the visitor mobile app.

Tokens are issued by the farm's auth service and signed with RS256; the
``kid`` header selects which of the published public keys to use.
"""
from __future__ import annotations

import os
from functools import lru_cache, wraps

import jwt
import requests
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
JWKS_URL = os.environ.get("VISITOR_JWKS_URL", "https://auth.hollowlanepumpkins.co.uk/.well-known/jwks.json")
ISSUER = "https://auth.hollowlanepumpkins.co.uk/"
AUDIENCE = "visitor-app"


@lru_cache(maxsize=1)
def _public_keys() -> dict[str, object]:
    jwks = requests.get(JWKS_URL, timeout=5).json()
    return {k["kid"]: jwt.algorithms.RSAAlgorithm.from_jwk(k) for k in jwks["keys"]}


def decode_access_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    key = _public_keys().get(header.get("kid", ""))
    if key is None:
        raise jwt.InvalidTokenError("unknown signing key")
    return jwt.decode(
        token,
        key=key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )


def requires_visitor(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            abort(401)
        try:
            g.claims = decode_access_token(auth[7:])
        except jwt.PyJWTError:
            abort(401)
        return view(*args, **kwargs)
    return wrapper


@app.get("/app/me")
@requires_visitor
def me():
    return jsonify({"visitor_id": g.claims["sub"], "season_pass": g.claims.get("pass", False)})


@app.get("/app/me/tickets")
@requires_visitor
def my_tickets():
    return jsonify({"visitor_id": g.claims["sub"], "tickets": []})
