"""Bearer-token auth for the internal workshop API (ticket board, bench tablets).

Tokens are minted by the workshop login service with HS256 and a short
lifetime; this module checks them on every request.
"""
import os
from datetime import datetime, timedelta, timezone
from functools import wraps

import jwt
from flask import g, jsonify, request

TOKEN_KEY = os.environ["WORKSHOP_JWT_KEY"]
AUDIENCE = "workshop-api"
ISSUER = "bellows-login"
ALLOWED_ALGS = ["HS256"]
LIFETIME = timedelta(hours=10)  # one shift


def mint_token(staff_id: int, role: str) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(staff_id),
        "role": role,
        "aud": AUDIENCE,
        "iss": ISSUER,
        "iat": now,
        "exp": now + LIFETIME,
    }
    return jwt.encode(claims, TOKEN_KEY, algorithm="HS256")


def read_token(token: str) -> dict:
    return jwt.decode(
        token,
        TOKEN_KEY,
        algorithms=ALLOWED_ALGS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )


def requires_role(*roles: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token:
                return jsonify(error="missing token"), 401
            try:
                claims = read_token(token)
            except jwt.PyJWTError:
                return jsonify(error="invalid token"), 401
            if roles and claims.get("role") not in roles:
                return jsonify(error="forbidden"), 403
            g.staff_id = int(claims["sub"])
            g.role = claims["role"]
            return view(*args, **kwargs)
        return wrapper
    return decorator
