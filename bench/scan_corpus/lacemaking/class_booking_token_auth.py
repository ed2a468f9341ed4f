"""Verify the signed tokens the booking widget sends to the class-booking API."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient
from flask import Blueprint, abort, current_app, g, jsonify, request

bp = Blueprint("bookings_api", __name__, url_prefix="/api/bookings")


@dataclass(frozen=True)
class TokenSettings:
    jwks_url: str
    audience: str
    issuer: str
    leeway_s: int = 30


@lru_cache(maxsize=1)
def _settings() -> TokenSettings:
    return TokenSettings(
        jwks_url=os.environ["BOOKING_JWKS_URL"],
        audience=os.environ.get("BOOKING_TOKEN_AUDIENCE", "class-bookings"),
        issuer=os.environ["BOOKING_TOKEN_ISSUER"],
    )


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(_settings().jwks_url, cache_keys=True)


def verify_booking_token(token: str) -> dict:
    cfg = _settings()
    signing_key = _jwks().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=cfg.audience,
        issuer=cfg.issuer,
        leeway=cfg.leeway_s,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )


@bp.before_request
def authenticate():
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    try:
        g.claims = verify_booking_token(token)
    except jwt.PyJWTError:
        abort(401)


@bp.get("/mine")
def my_bookings():
    member_id = int(g.claims["sub"])
    bookings = current_app.extensions["booking_repo"].for_member(member_id)
    return jsonify(member_id=member_id, bookings=bookings)
