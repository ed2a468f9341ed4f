"""Token checks for the cutting-room scheduling API.

Tokens come from the plant identity provider and are signed with one of
the keys published at its JWKS endpoint.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from flask import Flask, abort, g, jsonify, request
from jwt import PyJWKClient

app = Flask(__name__)

ISSUER = os.environ["CUTTING_API_ISSUER"]
AUDIENCE = "cutting-room-api"
jwks = PyJWKClient(f"{ISSUER}/.well-known/jwks.json", cache_keys=True)


@dataclass
class Operator:
    user_id: str
    roles: set[str]


def authenticate(token: str) -> Operator:
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256":
        raise jwt.InvalidAlgorithmError("unexpected algorithm")
    signing_key = jwks.get_signing_key_from_jwt(token)
    claims = jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )
    return Operator(user_id=claims["sub"], roles=set(claims.get("roles", [])))


@app.before_request
def load_operator():
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        g.operator = authenticate(auth.removeprefix("Bearer "))
    except jwt.PyJWTError:
        abort(401)


@app.get("/api/cuts/today")
def cuts_today():
    from .schedule import cuts_for_today

    return jsonify(cuts_for_today())


@app.post("/api/cuts/<int:job_id>/start")
def start_cut(job_id: int):
    if "lathe_operator" not in g.operator.roles:
        abort(403)
    from .schedule import mark_started

    mark_started(job_id, operator=g.operator.user_id)
    return jsonify({"job_id": job_id, "started_by": g.operator.user_id})
