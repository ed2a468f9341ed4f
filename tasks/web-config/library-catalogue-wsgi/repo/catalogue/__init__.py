# Copyright (c) {{ year }} {{ org_name }}
"""Library catalogue and hold kiosk."""
from flask import Flask

from . import db


def create_app(config=None):
    """Build the app from a config object (or import path); development settings by default."""
    app = Flask(__name__)
    app.config.from_object(config or "catalogue.config.DevelopmentConfig")
    db.init_app(app)

    from .views import bp

    app.register_blueprint(bp)
    return app
