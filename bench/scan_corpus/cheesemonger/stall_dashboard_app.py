"""Flask app showing live takings per market stall to the shop managers."""
from __future__ import annotations

import os

from flask import Flask, jsonify, render_template


class BaseConfig:
    DEBUG = False
    TESTING = False
    JSON_SORT_KEYS = False
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True


class ProductionConfig(BaseConfig):
    PREFERRED_URL_SCHEME = "https"


class DevelopmentConfig(BaseConfig):
    DEBUG = True
    SESSION_COOKIE_SECURE = False


CONFIGS = {"production": ProductionConfig, "development": DevelopmentConfig}


def create_app(env: str | None = None) -> Flask:
    env = env or os.environ.get("CELLAR_ENV", "production")
    app = Flask(__name__)
    app.config.from_object(CONFIGS.get(env, ProductionConfig))
    app.config["SECRET_KEY"] = os.environ["DASHBOARD_SECRET_KEY"]

    from takings import stall_totals  # noqa: PLC0415

    @app.get("/")
    def index():
        return render_template("dashboard.html", stalls=stall_totals())

    @app.get("/api/takings")
    def takings():
        return jsonify(stall_totals())

    @app.get("/healthz")
    def health():
        return {"status": "ok", "env": env}

    return app


app = create_app()

if __name__ == "__main__":
    app.run(
        host=os.environ.get("DASHBOARD_HOST", "127.0.0.1"),
        port=int(os.environ.get("DASHBOARD_PORT", "8050")),
    )
