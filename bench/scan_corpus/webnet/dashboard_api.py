"""Flask API backing the tenant dashboard (served from app.ourdomain)."""
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_login import LoginManager, current_user, login_required

from .models import User, db

DASHBOARD_ORIGINS = [
    "https://app.fleetview.io",
    "https://admin.fleetview.io",
]

login_manager = LoginManager()


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["FLEETVIEW_SECRET_KEY"]
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    app.config["SESSION_COOKIE_SECURE"] = True
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "None"

    db.init_app(app)
    login_manager.init_app(app)
    CORS(app, resources={r"/api/*": {"origins": DASHBOARD_ORIGINS}}, supports_credentials=True)

    @login_manager.user_loader
    def load_user(user_id: str):
        return db.session.get(User, int(user_id))

    @app.get("/api/vehicles")
    @login_required
    def vehicles():
        rows = current_user.tenant.vehicles.order_by("plate").all()
        return jsonify([v.to_dict() for v in rows])

    @app.get("/api/vehicles/<int:vehicle_id>/trips")
    @login_required
    def trips(vehicle_id: int):
        vehicle = current_user.tenant.vehicles.filter_by(id=vehicle_id).first_or_404()
        return jsonify([t.to_dict() for t in vehicle.trips.limit(100)])

    return app
