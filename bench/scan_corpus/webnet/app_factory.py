"""Application factory for the reporting dashboard."""
import os

from flask import Flask

from .blueprints import api, reports
from .extensions import cache, db, migrate

DEFAULTS = {
    "SQLALCHEMY_TRACK_MODIFICATIONS": False,
    "JSON_SORT_KEYS": False,
    "CACHE_TYPE": "RedisCache",
    "CACHE_DEFAULT_TIMEOUT": 300,
    "DEBUG": True,
    "MAX_CONTENT_LENGTH": 16 * 1024 * 1024,
}


def _load_env(app: Flask) -> None:
    app.config["SECRET_KEY"] = os.environ["DASHBOARD_SECRET_KEY"]
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["CACHE_REDIS_URL"] = os.environ["REDIS_URL"]


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(DEFAULTS)
    _load_env(app)

    db.init_app(app)
    migrate.init_app(app, db)
    cache.init_app(app)

    app.register_blueprint(api.bp, url_prefix="/api")
    app.register_blueprint(reports.bp, url_prefix="/reports")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
