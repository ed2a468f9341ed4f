"""Bearer-token authentication for the retailer stock API.

Stockists' EPOS systems poll the workshop for trug availability. Each
retailer gets a signed JWT from the portal; this module validates it on
every API call.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)

JWT_ALGORITHMS = ["HS256"]
AUDIENCE = "trug-stock-api"


@dataclass(frozen=True)
class RetailerIdentity:
    retailer_code: str
    scopes: frozenset[str]


def _signing_key() -> str:
    return os.environ["TRUG_RETAILER_JWT_KEY"]


def decode_retailer_token(token: str) -> RetailerIdentity:
    claims = jwt.decode(
        token,
        _signing_key(),
        algorithms=JWT_ALGORITHMS,
        audience=AUDIENCE,
        options={"require": ["exp", "sub", "aud"]},
    )
    return RetailerIdentity(retailer_code=claims["sub"], scopes=frozenset(claims.get("scope", "").split()))


def require_scope(scope: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            if not header.startswith("Bearer "):
                abort(401)
            try:
                identity = decode_retailer_token(header[len("Bearer "):])
            except jwt.PyJWTError:
                abort(401)
            if scope not in identity.scopes:
                abort(403)
            g.retailer = identity
            return view(*args, **kwargs)

        return wrapper

    return decorator


@app.get("/api/stock")
@require_scope("stock:read")
def stock():
    stock_levels = app.config["STOCK_PROVIDER"]()
    return jsonify(retailer=g.retailer.retailer_code, stock=stock_levels)


@app.get("/api/lead-times")
@require_scope("stock:read")
def lead_times():
    return jsonify(app.config["LEAD_TIMES"])
