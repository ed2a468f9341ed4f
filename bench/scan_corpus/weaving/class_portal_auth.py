"""Validates access tokens issued by the workshop's identity provider for the class portal."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class IdpSettings:
    jwks_url: str = os.environ.get("IDP_JWKS_URL", "https://id.warpweft.example/.well-known/jwks.json")
    issuer: str = os.environ.get("IDP_ISSUER", "https://id.warpweft.example/")
    audience: str = os.environ.get("IDP_AUDIENCE", "class-portal")


SETTINGS = IdpSettings()


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(SETTINGS.jwks_url, cache_keys=True)


def verify_access_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256" or "kid" not in header:
        raise jwt.InvalidTokenError("unexpected token header")
    signing_key = _jwks_client().get_signing_key(header["kid"])
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=SETTINGS.audience,
        issuer=SETTINGS.issuer,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )


@app.before_request
def authenticate():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        g.claims = verify_access_token(auth[len("Bearer "):])
    except jwt.PyJWTError:
        abort(401)


@app.get("/classes/mine")
def my_classes():
    return jsonify(student=g.claims["sub"], classes=g.claims.get("classes", []))
