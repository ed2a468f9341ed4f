"""Contractor sign-off for dam-building work orders.

When a contractor finishes a run of peat dams the site officer reads them a
six-digit sign-off code from the officer's app; the contractor enters it in
the works portal to release the work order for invoicing.
"""
import secrets
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .models import WorkOrder, db

bp = Blueprint("signoff", __name__, url_prefix="/work-orders")

MAX_ATTEMPTS = 5


def new_signoff_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


@bp.post("/<int:order_id>/signoff-code")
@login_required
def issue_code(order_id: int):
    order = db.get_or_404(WorkOrder, order_id)
    if current_user.role != "site_officer" or order.site_id not in current_user.site_ids:
        abort(403)
    order.signoff_code = new_signoff_code()
    order.signoff_attempts = 0
    db.session.commit()
    return jsonify({"code": order.signoff_code})


@bp.post("/<int:order_id>/signoff")
@login_required
def contractor_signoff(order_id: int):
    order = db.get_or_404(WorkOrder, order_id)
    if order.contractor_id != current_user.contractor_id:
        abort(403)
    if order.signoff_code is None or order.signoff_attempts >= MAX_ATTEMPTS:
        abort(409, "No active sign-off code for this work order")

    submitted = str((request.json or {}).get("code", "")).strip()
    if order.signoff_code == submitted:
        order.status = "signed_off"
        order.signed_off_at = datetime.now(timezone.utc)
        order.signoff_code = None
        db.session.commit()
        return jsonify({"status": order.status, "dams": order.dam_count})

    order.signoff_attempts += 1
    db.session.commit()
    abort(400, "Sign-off code does not match")
