"""Application factory for the client approval portal (Flask)."""
from __future__ import annotations

import os

from flask import Flask, jsonify
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class BaseConfig:
    DEBUG = True
    TESTING = False
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAX_CONTENT_LENGTH = 40 * 1024 * 1024
    PORTAL_NAME = "Harrow & Vane Glass - Client Portal"


class ProductionConfig(BaseConfig):
    SQLALCHEMY_DATABASE_URI = os.environ.get("PORTAL_DATABASE_URL", "postgresql:///portal")
    SECRET_KEY = os.environ.get("PORTAL_SECRET_KEY")
    PREFERRED_URL_SCHEME = "https"


class TestingConfig(BaseConfig):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"


CONFIGS = {"production": ProductionConfig, "testing": TestingConfig}


def register_routes(app: Flask) -> None:
    @app.get("/health")
    def health():
        return jsonify(status="ok", portal=app.config["PORTAL_NAME"])

    @app.get("/commissions/<int:commission_id>/status")
    def commission_status(commission_id: int):
        row = db.session.execute(
            db.text("SELECT stage, updated_at FROM commissions WHERE id = :id"),
            {"id": commission_id},
        ).first()
        if row is None:
            return jsonify(error="not found"), 404
        return jsonify(stage=row.stage, updated_at=row.updated_at.isoformat())


def create_app(profile: str | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(CONFIGS[profile or os.environ.get("PORTAL_PROFILE", "production")])
    db.init_app(app)
    register_routes(app)
    return app


if __name__ == "__main__":
    portal = create_app()
    portal.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")), debug=portal.config["DEBUG"])
