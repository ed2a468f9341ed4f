# Copyright (c) {{ year }} {{ org_name }}
"""Newsroom content API."""
from flask import Flask

from .config import Config
from .store import NewsroomStore


def create_app(overrides=None):
    app = Flask(__name__)
    app.config.from_object(Config)
    if overrides:
        app.config.from_mapping(overrides)
    if not app.config.get("SECRET_KEY"):
        raise RuntimeError("NEWSROOM_SECRET_KEY is not set")
    app.extensions["newsroom_store"] = NewsroomStore()

    from .articles import bp as articles_bp
    from .auth import bp as auth_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(articles_bp)
    return app
