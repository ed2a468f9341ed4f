"""Flask app factory for the loyalty API used by the web and mobile clients."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable

from flask import Flask, Response, jsonify, request, session


@dataclass(frozen=True)
class CorsPolicy:
    allow_methods: tuple[str, ...] = ("GET", "POST", "PATCH", "OPTIONS")
    allow_headers: tuple[str, ...] = ("Content-Type", "X-Requested-With", "X-App-Version")
    max_age: int = 600

    def header_values(self, methods: Iterable[str]) -> str:
        return ", ".join(methods)


def _apply_cors(resp: Response, policy: CorsPolicy) -> Response:
    origin = request.headers.get("Origin")
    if origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Access-Control-Allow-Methods"] = policy.header_values(policy.allow_methods)
        resp.headers["Access-Control-Allow-Headers"] = policy.header_values(policy.allow_headers)
        resp.headers["Access-Control-Max-Age"] = str(policy.max_age)
        resp.headers.add("Vary", "Origin")
    return resp


def create_app(policy: CorsPolicy = CorsPolicy()) -> Flask:
    app = Flask("loyalty_api")
    app.config.update(
        SECRET_KEY=os.environ["LOYALTY_SESSION_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )

    @app.after_request
    def cors(resp: Response) -> Response:
        return _apply_cors(resp, policy)

    @app.get("/api/me/points")
    def my_points():
        member_id = session.get("member_id")
        if member_id is None:
            return jsonify({"error": "not signed in"}), 401
        balance = app.extensions["points"].balance_for(member_id)
        return jsonify({"member_id": member_id, "points": balance})

    @app.post("/api/me/redeem")
    def redeem():
        member_id = session.get("member_id")
        if member_id is None:
            return jsonify({"error": "not signed in"}), 401
        reward = request.get_json(force=True).get("reward_code", "")
        result = app.extensions["points"].redeem(member_id, reward)
        return jsonify(result)

    return app
