"""Tenant portal JSON API consumed by the single-page app and the mobile web view."""
from flask import Flask, g, jsonify, request
from flask_login import LoginManager, current_user, login_required

from .models import Lease, MaintenanceRequest, db

app = Flask(__name__)
app.config.from_prefixed_env("PORTAL")
db.init_app(app)
login_manager = LoginManager(app)


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PATCH, OPTIONS"
        response.headers["Vary"] = "Origin"
    return response


@app.get("/api/leases")
@login_required
def my_leases():
    leases = Lease.query.filter_by(tenant_id=current_user.id).all()
    return jsonify([l.to_dict() for l in leases])


@app.get("/api/leases/<int:lease_id>/balance")
@login_required
def lease_balance(lease_id: int):
    lease = Lease.query.filter_by(id=lease_id, tenant_id=current_user.id).first_or_404()
    return jsonify({"lease_id": lease.id, "balance": str(lease.balance())})


@app.post("/api/maintenance")
@login_required
def open_request():
    data = request.get_json(force=True)
    ticket = MaintenanceRequest(
        tenant_id=current_user.id,
        unit_id=data["unit_id"],
        category=data.get("category", "general"),
        description=data["description"][:4000],
        permission_to_enter=bool(data.get("permission_to_enter")),
    )
    db.session.add(ticket)
    db.session.commit()
    return jsonify({"id": ticket.id}), 201
