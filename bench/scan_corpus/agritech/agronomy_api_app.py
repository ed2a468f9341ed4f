"""Flask application factory for the agronomy API used by the web and mobile apps."""
import os

from flask import Flask
from flask_cors import CORS
from flask_login import LoginManager

from .models import db, User
from .views import fields_bp, scouting_bp, auth_bp

login_manager = LoginManager()


def create_app(config_object: str | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object or "agronomy.config.ProductionConfig")
    app.config["SECRET_KEY"] = os.environ["AGRONOMY_SECRET_KEY"]
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]

    db.init_app(app)
    login_manager.init_app(app)

    # the mobile app and the partner dealer portals call us from their own origins
    CORS(app, resources={r"/api/*": {}}, supports_credentials=True)

    app.register_blueprint(auth_bp, url_prefix="/api/auth")
    app.register_blueprint(fields_bp, url_prefix="/api/fields")
    app.register_blueprint(scouting_bp, url_prefix="/api/scouting")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app


@login_manager.user_loader
def load_user(user_id: str):
    return db.session.get(User, int(user_id))
