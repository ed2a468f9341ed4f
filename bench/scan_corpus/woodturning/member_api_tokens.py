"""Issue and check short-lived API tokens for the lathe hire mobile app."""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)

TOKEN_TTL = timedelta(minutes=30)
AUDIENCE = "lathe-hire-app"
ISSUER = "woodturning-school"


def _signing_key() -> str:
    return os.environ["MEMBER_JWT_SECRET"]


def issue_token(member_id: int, roles: list[str]) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(member_id),
        "roles": roles,
        "aud": AUDIENCE,
        "iss": ISSUER,
        "iat": now,
        "exp": now + TOKEN_TTL,
    }
    return jwt.encode(claims, _signing_key(), algorithm="HS256")


def read_token(token: str) -> dict:
    return jwt.decode(
        token,
        _signing_key(),
        algorithms=["HS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )


@app.before_request
def authenticate():
    if request.endpoint in {"health"}:
        return
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    try:
        g.claims = read_token(header.removeprefix("Bearer "))
    except jwt.PyJWTError:
        abort(401)


@app.get("/health")
def health():
    return jsonify(ok=True)


@app.get("/hire/my-slots")
def my_slots():
    member_id = int(g.claims["sub"])
    return jsonify(member=member_id, slots=[])
