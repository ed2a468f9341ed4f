"""Account service for the {{ org_name }} shift rota."""
from flask import Flask

from accounts import config, db
from accounts.routes import bp


def create_app(overrides=None):
    app = Flask(__name__)
    app.config.from_mapping(config.load())
    if overrides:
        app.config.update(overrides)
    db.init_app(app)
    app.register_blueprint(bp)
    return app
