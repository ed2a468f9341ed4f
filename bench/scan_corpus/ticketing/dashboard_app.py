"""Application factory for the promoter dashboard API."""
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_login import LoginManager

from .blueprints import events, payouts, reports, team
from .models import PromoterUser, db

login_manager = LoginManager()


def create_app(config_object: str | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object or "dashboard.config.ProductionConfig")
    app.config.update(
        SECRET_KEY=os.environ["DASHBOARD_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["DASHBOARD_DATABASE_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )

    db.init_app(app)
    login_manager.init_app(app)

    # the embeddable sales widget calls these from promoters' own sites
    CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

    app.register_blueprint(events.bp, url_prefix="/api/events")
    app.register_blueprint(reports.bp, url_prefix="/api/reports")
    app.register_blueprint(payouts.bp, url_prefix="/api/payouts")
    app.register_blueprint(team.bp, url_prefix="/api/team")

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    return app


@login_manager.user_loader
def load_user(user_id: str):
    return db.session.get(PromoterUser, int(user_id))
