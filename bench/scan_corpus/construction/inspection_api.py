"""JSON API used by the safety inspection mobile/web client."""
import os
from datetime import datetime, timezone

from flask import Flask, abort, g, jsonify, request
from flask_login import LoginManager, current_user, login_required

from .models import Inspection, db

app = Flask(__name__)
app.config.from_prefixed_env("INSPECT")
app.config.update(
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)
app.secret_key = os.environ["INSPECT_SECRET_KEY"]
db.init_app(app)
login_manager = LoginManager(app)


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Requested-With"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PATCH, OPTIONS"
        response.headers["Vary"] = "Origin"
    return response


@app.get("/api/inspections")
@login_required
def list_inspections():
    site = request.args.get("site")
    query = Inspection.query.filter_by(company_id=current_user.company_id)
    if site:
        query = query.filter_by(site_code=site)
    return jsonify([i.to_dict() for i in query.order_by(Inspection.due_date).limit(500)])


@app.patch("/api/inspections/<int:inspection_id>")
@login_required
def update_inspection(inspection_id: int):
    inspection = Inspection.query.get_or_404(inspection_id)
    if inspection.company_id != current_user.company_id:
        abort(404)
    payload = request.get_json(force=True)
    if "result" in payload:
        inspection.result = payload["result"]
        inspection.completed_at = datetime.now(timezone.utc)
        inspection.completed_by_id = current_user.id
    if "notes" in payload:
        inspection.notes = payload["notes"][:4000]
    db.session.commit()
    return jsonify(inspection.to_dict())
