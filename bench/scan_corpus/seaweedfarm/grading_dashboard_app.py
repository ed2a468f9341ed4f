"""Flask application factory for the harvest grading dashboard.

Runs under gunicorn on the plant server; developers start it locally
with ``flask --app grading_dashboard_app run``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask, jsonify


def _flag(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes"}


@dataclass
class DashboardConfig:
    DEBUG: bool = field(default_factory=lambda: _flag("GRADING_DEBUG"))
    SECRET_KEY: str = field(default_factory=lambda: os.environ["GRADING_SECRET_KEY"])
    DATABASE_URL: str = field(default_factory=lambda: os.environ.get("GRADING_DB", "postgresql:///grading"))
    GRADES: tuple[str, ...] = ("A", "B", "C", "reject")

    def as_mapping(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k.isupper()}


GRADE_COUNTS = {"A": 0, "B": 0, "C": 0, "reject": 0}


def create_app(config: DashboardConfig | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update((config or DashboardConfig()).as_mapping())

    @app.get("/health")
    def health():
        return jsonify(status="ok")

    @app.get("/grades")
    def grades():
        return jsonify(GRADE_COUNTS)

    @app.post("/grades/<grade>")
    def record(grade: str):
        if grade not in app.config["GRADES"]:
            return jsonify(error="unknown grade"), 400
        GRADE_COUNTS[grade] += 1
        return jsonify(GRADE_COUNTS), 201

    return app


if __name__ == "__main__":
    application = create_app()
    application.run(host="127.0.0.1", port=8050, debug=application.config["DEBUG"])
