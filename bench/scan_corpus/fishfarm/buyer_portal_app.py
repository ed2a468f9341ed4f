"""Flask application factory for the buyer portal backend.

The single-page buyer portal is served from a separate CDN origin and
calls this API with the session cookie to browse harvest availability
and manage reservations.
"""
from __future__ import annotations

import os
from typing import Optional

from flask import Flask, Response, jsonify, request, session


def _cors_headers(response: Response, origin: Optional[str]) -> Response:
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Requested-With"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, OPTIONS"
        response.headers["Vary"] = "Origin"
    return response


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["BUYER_PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )

    @app.after_request
    def add_cors(response: Response) -> Response:
        return _cors_headers(response, request.headers.get("Origin"))

    @app.route("/api/<path:_any>", methods=["OPTIONS"])
    def preflight(_any: str):
        return Response(status=204)

    @app.get("/api/me")
    def me():
        if "buyer_id" not in session:
            return jsonify(error="not logged in"), 401
        return jsonify(buyer_id=session["buyer_id"], org=session.get("org"))

    @app.get("/api/reservations")
    def reservations():
        if "buyer_id" not in session:
            return jsonify(error="not logged in"), 401
        return jsonify(org=session.get("org"), reservations=[])

    @app.delete("/api/reservations/<int:reservation_id>")
    def cancel(reservation_id: int):
        if "buyer_id" not in session:
            return jsonify(error="not logged in"), 401
        return jsonify(cancelled=reservation_id)

    return app
