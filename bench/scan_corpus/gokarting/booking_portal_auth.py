"""Authentication helpers for the session booking API.

The customer app receives a JWT from our identity provider after login.
The booking API reads the driver id and membership tier from the token
to price sessions and enforce licence-only slots.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)

ISSUER = os.environ.get("IDP_ISSUER", "https://login.example-karting.com/")
AUDIENCE = "booking-api"


@dataclass
class DriverClaims:
    driver_id: str
    tier: str
    licensed: bool


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def read_claims(token: str) -> DriverClaims:
    payload = jwt.decode(
        token,
        options={"verify_signature": False},
        audience=AUDIENCE,
        issuer=ISSUER,
    )
    return DriverClaims(
        driver_id=payload["sub"],
        tier=payload.get("tier", "standard"),
        licensed=bool(payload.get("licensed", False)),
    )


def driver_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        try:
            g.driver = read_claims(_bearer_token())
        except jwt.PyJWTError:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.get("/api/sessions/<int:session_id>/price")
@driver_required
def session_price(session_id: int):
    base = 32.0 if session_id % 2 else 28.0
    if g.driver.tier == "gold":
        base *= 0.85
    return jsonify({"session_id": session_id, "price": round(base, 2)})


@app.post("/api/sessions/<int:session_id>/book")
@driver_required
def book_session(session_id: int):
    body = request.get_json(silent=True) or {}
    if body.get("licensed_only") and not g.driver.licensed:
        abort(403)
    return jsonify({"session_id": session_id, "driver": g.driver.driver_id}), 201
