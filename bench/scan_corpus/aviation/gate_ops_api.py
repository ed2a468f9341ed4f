"""Gate operations API consumed by the stand/gate planning web app.

The planning front end is served from a separate origin and calls this API
with the user's session cookie.
"""
import os

from flask import Flask, abort, jsonify, request
from flask_cors import CORS
from flask_login import LoginManager, current_user, login_required

from .models import GateAssignment, db, load_user

CORS_OPTIONS = {
    "origins": "*",
    "supports_credentials": True,
    "methods": ["GET", "POST", "PATCH"],
}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["GATE_OPS_SECRET_KEY"],
        SQLALCHEMY_DATABASE_URI=os.environ["GATE_OPS_DB_URL"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="None",
    )
    db.init_app(app)
    CORS(app, **CORS_OPTIONS)
    login = LoginManager(app)
    login.user_loader(load_user)

    @app.get("/api/gates/<station>")
    @login_required
    def gate_plan(station: str):
        rows = GateAssignment.query.filter_by(station=station.upper()).all()
        return jsonify([r.to_dict() for r in rows])

    @app.patch("/api/gates/assignments/<int:assignment_id>")
    @login_required
    def move_flight(assignment_id: int):
        if not current_user.can_edit_gates:
            abort(403)
        assignment = db.get_or_404(GateAssignment, assignment_id)
        assignment.gate = request.json["gate"]
        assignment.updated_by = current_user.id
        db.session.commit()
        return jsonify(assignment.to_dict())

    return app
