"""Book catalogue service for the {{ org_city }} library branches.

Copyright (c) {{ year }} {{ org_name }}.
"""

from flask import Flask

from . import db, routes


def create_app(overrides: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object("catalogue.config")
    if overrides:
        app.config.update(overrides)
    db.init_app(app)
    app.register_blueprint(routes.bp)
    return app
