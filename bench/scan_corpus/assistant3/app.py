"""Application entry point for the reporting dashboard."""
from __future__ import annotations

import os

from flask import Flask

from dashboard.db import init_db
from dashboard.views import dashboard_bp


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=os.environ["DASHBOARD_SECRET_KEY"],
        DATABASE_URL=os.environ["DATABASE_URL"],
    )
    init_db(app)
    app.register_blueprint(dashboard_bp)
    return app


RUN_OPTIONS = {"host": "0.0.0.0", "port": int(os.environ.get("PORT", "8080")), "debug": True}

if __name__ == "__main__":
    create_app().run(**RUN_OPTIONS)
