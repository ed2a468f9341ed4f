"""Verify access tokens presented by the staff mobile app.

Tokens are RS256 JWTs issued by the nursery's identity provider. The key id
in the header selects the public key from the provider's JWKS endpoint.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import Flask, abort, g, request

app = Flask(__name__)

ISSUER = os.environ.get("STAFF_TOKEN_ISSUER", "https://id.bonsainursery.example/")
AUDIENCE = "nursery-staff-app"
JWKS_URL = ISSUER.rstrip("/") + "/.well-known/jwks.json"
ALLOWED_ALGORITHMS = ["RS256"]

_jwks = jwt.PyJWKClient(JWKS_URL, cache_keys=True)


@dataclass
class StaffPrincipal:
    staff_id: int
    role: str


def verify_token(token: str) -> StaffPrincipal:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise jwt.InvalidAlgorithmError("unexpected algorithm")
    signing_key = _jwks.get_signing_key(header["kid"])
    claims = jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )
    return StaffPrincipal(staff_id=int(claims["sub"]), role=claims.get("role", "helper"))


def staff_required(role: str | None = None):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            auth = request.headers.get("Authorization", "")
            if not auth.startswith("Bearer "):
                abort(401)
            try:
                g.staff = verify_token(auth.removeprefix("Bearer "))
            except (jwt.PyJWTError, KeyError):
                abort(401)
            if role and g.staff.role != role:
                abort(403)
            return view(*args, **kwargs)

        return wrapper

    return decorator


@app.get("/api/staff/tasks")
@staff_required()
def my_tasks():
    return {"staff_id": g.staff.staff_id, "tasks": []}
