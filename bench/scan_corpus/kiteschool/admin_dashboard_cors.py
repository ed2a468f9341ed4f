"""Flask API behind the staff dashboard (rosters, rentals, certifications)."""
from __future__ import annotations

import os
from typing import Dict, List

from flask import Flask, jsonify
from flask_cors import CORS


class DashboardConfig:
    trusted_origins: List[str] = [
        o.strip()
        for o in os.environ.get(
            "DASHBOARD_ORIGINS", "https://staff.kiteschool.example,https://ops.kiteschool.example"
        ).split(",")
        if o.strip()
    ]

    @classmethod
    def cors_kwargs(cls) -> Dict[str, object]:
        return {
            "origins": cls.trusted_origins,
            "supports_credentials": True,
            "methods": ["GET", "POST", "PATCH"],
        }


def create_app(config: type[DashboardConfig] = DashboardConfig) -> Flask:
    app = Flask(__name__)
    CORS(app, resources={r"/api/*": config.cors_kwargs()})

    @app.get("/api/roster/<day>")
    def roster(day: str):
        return jsonify({"day": day, "instructors": []})

    @app.get("/api/rentals/open")
    def open_rentals():
        return jsonify({"rentals": []})

    return app
