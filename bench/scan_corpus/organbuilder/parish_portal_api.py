"""JSON API behind the parish portal's single-page front end.

The front end is served from the portal domain and calls this API with
the session cookie, so CORS is limited to the workshop's own origins.
"""
from __future__ import annotations

import os

from flask import Flask, abort, jsonify, session
from flask_cors import CORS

ALLOWED_ORIGINS = [
    "https://portal.organworks.example",
    "https://staging-portal.organworks.example",
]

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
CORS(app, resources={r"/api/*": {"origins": ALLOWED_ORIGINS}}, supports_credentials=True)

COMMISSIONS = {
    41: {"ref": "OB-2023-041", "stage": "pipework", "next_milestone": "soundboard delivery"},
    57: {"ref": "OB-2024-057", "stage": "design", "next_milestone": "casework drawings"},
}


def _parish_id() -> int:
    parish_id = session.get("parish_id")
    if parish_id is None:
        abort(401)
    return int(parish_id)


@app.get("/api/me")
def me():
    return jsonify({"parish_id": _parish_id(), "email": session.get("email")})


@app.get("/api/commission")
def commission():
    data = COMMISSIONS.get(_parish_id())
    if data is None:
        abort(404)
    return jsonify(data)


@app.get("/api/tuning-visits")
def tuning_visits():
    _parish_id()
    return jsonify({"upcoming": [], "past": []})
