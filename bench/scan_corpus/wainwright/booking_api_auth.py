"""Token checks for the workshop booking API.

Bookings for wheel-pit slots, forge time and paint-booth days are made
by staff and partner restorers with tokens from the identity service.
"""
import logging
import os
from functools import lru_cache

import jwt
from flask import g, jsonify, request

log = logging.getLogger("wainwright.bookings.auth")

ALGORITHMS = ["RS256"]
AUDIENCE = "wainwright-bookings"


@lru_cache(maxsize=1)
def _public_key() -> str:
    with open(os.environ["BOOKINGS_JWT_PUBLIC_KEY_PATH"], encoding="utf-8") as fh:
        return fh.read()


def decode_booking_token(token: str) -> dict:
    return jwt.decode(
        token,
        _public_key(),
        algorithms=ALGORITHMS,
        audience=AUDIENCE,
        issuer=os.environ.get("BOOKINGS_JWT_ISSUER", "https://id.wainwright-works.co.uk"),
        options={"require": ["exp", "sub", "scope"]},
    )


def _bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    return token


def install(app) -> None:
    @app.before_request
    def authenticate():
        if request.endpoint in {"health", "static"}:
            return None
        token = _bearer_token()
        if token is None:
            return jsonify(error="missing bearer token"), 401
        try:
            claims = decode_booking_token(token)
        except jwt.PyJWTError as err:
            log.info("booking token rejected: %s", type(err).__name__)
            return jsonify(error="invalid token"), 401
        g.booker = claims["sub"]
        g.scopes = set(claims["scope"].split())
        if request.method != "GET" and "bookings:write" not in g.scopes:
            return jsonify(error="insufficient scope"), 403
        return None
