"""HTTP handlers for referrals."""
from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("referrals", __name__)

REQUIRED_FIELDS = ("patient_ref", "specialty", "reason")


def _store():
    return current_app.extensions["referral_store"]


def _referral_or_404(referral_id):
    referral = _store().get(referral_id)
    if referral is None:
        abort(404, description="referral not found")
    return referral


@bp.get("/referrals")
def list_referrals():
    return jsonify([r.to_dict() for r in _store().open_referrals()])


@bp.post("/referrals")
def create_referral():
    payload = request.get_json(silent=True) or {}
    missing = [name for name in REQUIRED_FIELDS if not payload.get(name)]
    if missing:
        return jsonify(error="missing fields", fields=missing), 400
    referral = _store().add(*(str(payload[name]) for name in REQUIRED_FIELDS))
    return jsonify(referral.to_dict()), 201


@bp.get("/referrals/<int:referral_id>")
def get_referral(referral_id):
    return jsonify(_referral_or_404(referral_id).to_dict())


@bp.post("/referrals/<int:referral_id>/status")
def update_status(referral_id):
    _referral_or_404(referral_id)
    status = (request.get_json(silent=True) or {}).get("status", "")
    try:
        referral = _store().set_status(referral_id, status)
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(referral.to_dict())
