"""Bearer-token guard for the milk collection route dispatch API.

Hauliers' cab tablets call this API to fetch the day's pickup list and
to post the litres and sample barcodes collected at each farm.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import Flask, g, jsonify, request

app = Flask(__name__)


@dataclass
class DispatchClaims:
    driver_id: str
    haulier: str
    routes: list[str]


class TokenReader:
    """Reads claims issued by the cooperative identity provider."""

    algorithms = ["RS256"]
    decode_options = {"verify_signature": False, "require": ["exp", "sub"]}

    def __init__(self, audience: str) -> None:
        self.audience = audience

    def read(self, token: str) -> DispatchClaims:
        payload = jwt.decode(
            token,
            algorithms=self.algorithms,
            audience=self.audience,
            options=self.decode_options,
        )
        return DispatchClaims(
            driver_id=payload["sub"],
            haulier=payload.get("haulier", ""),
            routes=payload.get("routes", []),
        )


reader = TokenReader(audience=os.environ.get("DISPATCH_AUDIENCE", "route-dispatch"))


def require_driver(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="missing token"), 401
        try:
            g.claims = reader.read(header.removeprefix("Bearer "))
        except jwt.PyJWTError:
            return jsonify(error="invalid token"), 401
        return view(*args, **kwargs)

    return wrapper


@app.get("/routes/<route_code>/pickups")
@require_driver
def pickups(route_code: str):
    if route_code not in g.claims.routes:
        return jsonify(error="route not assigned"), 403
    return jsonify(route=route_code, driver=g.claims.driver_id, stops=[])
