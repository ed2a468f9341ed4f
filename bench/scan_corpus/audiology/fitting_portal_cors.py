"""CORS setup for the fitting portal API consumed by the clinic web front ends."""
from __future__ import annotations

import os

from flask import Flask, jsonify, session
from flask_cors import CORS

DEFAULT_ORIGINS = (
    "https://portal.clearsound-clinics.example",
    "https://staff.clearsound-clinics.example",
)


class CorsPolicy:
    methods = ["GET", "POST", "PUT"]
    headers = ["Content-Type", "X-CSRF-Token"]

    def __init__(self, extra_origins: str = "") -> None:
        extra = [o.strip() for o in extra_origins.split(",") if o.strip().startswith("https://")]
        self.origins = [*DEFAULT_ORIGINS, *extra]

    def options(self) -> dict:
        return {
            "origins": self.origins,
            "methods": self.methods,
            "allow_headers": self.headers,
            "supports_credentials": True,
            "max_age": 600,
        }


def create_app() -> Flask:
    app = Flask(__name__)
    app.secret_key = os.environ["FITTING_PORTAL_SECRET"]
    policy = CorsPolicy(os.environ.get("FITTING_PORTAL_EXTRA_ORIGINS", ""))
    CORS(app, resources={r"/api/*": policy.options()})

    @app.get("/api/fittings/<int:fitting_id>")
    def fitting(fitting_id: int):
        if "clinician" not in session:
            return jsonify(error="sign in required"), 401
        return jsonify(id=fitting_id, clinician=session["clinician"], status="scheduled")

    @app.get("/api/health")
    def health():
        return jsonify(status="ok")

    return app
