"""Flask app factory for the spectator live-tracking web front end."""
import os
from datetime import timedelta

from flask import Flask


class Config:
    SECRET_KEY = os.environ["TRACKING_SECRET_KEY"]
    SESSION_COOKIE_NAME = "trk_session"
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)
    TRACKING_API_URL = os.environ["TRACKING_API_URL"]
    MAP_TILE_URL = os.environ["MAP_TILE_URL"]
    MAX_FOLLOWED_RUNNERS = 10


def create_app(config_object: type = Config) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)

    from tracking.views import follow, map_view, search

    app.register_blueprint(map_view.bp)
    app.register_blueprint(follow.bp, url_prefix="/follow")
    app.register_blueprint(search.bp, url_prefix="/search")

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    return app
