"""API tokens for wholesale partners (gift shops, museum shops).

Partners call the trade API to place repeat orders for stock lines. Tokens
are HS256 JWTs that we issue ourselves from the trade dashboard.
"""
import os
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import g, jsonify, request

TOKEN_ALGORITHM = "HS256"
TOKEN_AUDIENCE = "pewter-trade-api"
TOKEN_ISSUER = "pewtersmith-trade"
TOKEN_LIFETIME = timedelta(days=30)


def _signing_key() -> str:
    return os.environ["TRADE_API_SIGNING_KEY"]


def issue_partner_token(partner_id: int, scopes: list[str]) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(partner_id),
        "scope": " ".join(scopes),
        "aud": TOKEN_AUDIENCE,
        "iss": TOKEN_ISSUER,
        "iat": now,
        "exp": now + TOKEN_LIFETIME,
    }
    return jwt.encode(claims, _signing_key(), algorithm=TOKEN_ALGORITHM)


def read_partner_token(token: str) -> dict:
    return jwt.decode(
        token,
        _signing_key(),
        algorithms=[TOKEN_ALGORITHM],
        audience=TOKEN_AUDIENCE,
        issuer=TOKEN_ISSUER,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )


def partner_required(scope: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            if not header.startswith("Bearer "):
                return jsonify(error="missing token"), 401
            try:
                claims = read_partner_token(header[len("Bearer "):])
            except jwt.PyJWTError:
                return jsonify(error="invalid token"), 401
            if scope not in claims.get("scope", "").split():
                return jsonify(error="insufficient scope"), 403
            g.partner_id = int(claims["sub"])
            return view(*args, **kwargs)

        return wrapper

    return decorator
