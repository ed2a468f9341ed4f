"""WSGI entry point for the driver shift app backend deployed on the depot servers."""
from __future__ import annotations

import os
from datetime import datetime, timezone

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text


class BaseConfig:
    JSON_SORT_KEYS = False
    SQLALCHEMY_URL = os.environ.get("SHIFT_DB_URL", "sqlite:////var/lib/shiftapp/shift.db")
    SECRET_KEY = os.environ.get("SHIFT_APP_SECRET_KEY")


class DepotDeploymentConfig(BaseConfig):
    ENV_NAME = "depot-production"
    DEBUG = True
    PORT = int(os.environ.get("SHIFT_APP_PORT", "8080"))


def create_app(config: type[BaseConfig] = DepotDeploymentConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    engine = create_engine(app.config["SQLALCHEMY_URL"])

    @app.get("/api/roster/<depot>")
    def roster(depot: str):
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT driver_id, shift_start, shift_end, route_code "
                    "FROM roster WHERE depot = :depot AND shift_end > :now ORDER BY shift_start"
                ),
                {"depot": depot, "now": datetime.now(timezone.utc)},
            )
            return jsonify([dict(r._mapping) for r in rows])

    @app.post("/api/breaks")
    def log_break():
        body = request.get_json(force=True)
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO breaks (driver_id, started_at, minutes) VALUES (:d, :s, :m)"),
                {"d": body["driver_id"], "s": datetime.now(timezone.utc), "m": int(body["minutes"])},
            )
        return jsonify(status="recorded"), 201

    return app


application = create_app()

if __name__ == "__main__":
    application.run(
        port=application.config["PORT"],
        debug=application.config["DEBUG"],
    )
