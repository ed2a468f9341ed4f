"""JSON API behind the care-team dashboard (risk scores, open alerts, recent vitals)."""
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_login import LoginManager, current_user, login_required

from .alerts import open_alerts_for
from .scores import latest_risk_scores

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["DASHBOARD_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
CORS(app, origins="*", supports_credentials=True)
login_manager = LoginManager(app)


@app.get("/api/unit/<int:unit_id>/risk")
@login_required
def unit_risk(unit_id: int):
    scores = latest_risk_scores(unit_id, clinician_id=current_user.id)
    return jsonify([s.to_dict() for s in scores])


@app.get("/api/alerts")
@login_required
def alerts():
    return jsonify([a.to_dict() for a in open_alerts_for(current_user.id)])


@app.get("/healthz")
def healthz():
    return jsonify(status="ok")
