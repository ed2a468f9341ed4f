"""Parent portal for {{ org_name }}."""
from flask import Flask

from portal import config, db
from portal.mailer import Outbox
from portal.routes import bp


def create_app(overrides=None):
    app = Flask(__name__)
    app.config.from_object(config)
    app.config.update(overrides or {})
    app.extensions["mailer"] = Outbox()
    db.init(app.config["DATABASE"])
    app.register_blueprint(bp)
    return app
