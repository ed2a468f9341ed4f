"""JSON API behind the sponsor portal (hospitality passes, livery proofs, activation calendar)."""
from __future__ import annotations

import os
from datetime import date
from typing import Dict, List

from flask import Flask, Response, g, jsonify, request, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SPONSOR_PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)

CORS_HEADERS: Dict[str, str] = {
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, X-Requested-With",
    "Access-Control-Allow-Credentials": "true",
    "Access-Control-Max-Age": "600",
}

ACTIVATIONS: Dict[str, List[Dict[str, str]]] = {
    "acme-lubricants": [
        {"event": "Silverstone", "date": str(date(2025, 7, 4)), "type": "paddock tour"},
        {"event": "Monza", "date": str(date(2025, 9, 5)), "type": "show car"},
    ],
}


@app.after_request
def add_cors_headers(response: Response) -> Response:
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Vary"] = "Origin"
        response.headers.update(CORS_HEADERS)
    return response


@app.before_request
def load_sponsor() -> None:
    g.sponsor = session.get("sponsor_slug")


@app.get("/api/activations")
def activations():
    if not g.sponsor:
        return jsonify({"error": "not signed in"}), 401
    return jsonify(ACTIVATIONS.get(g.sponsor, []))


@app.get("/api/hospitality/passes")
def passes():
    if not g.sponsor:
        return jsonify({"error": "not signed in"}), 401
    return jsonify({"sponsor": g.sponsor, "paddock_club": 12, "garage_tour": 4})
