"""API key authentication for third-party repair engineers calling the job API."""
import logging
from functools import wraps

from flask import Blueprint, g, jsonify, request

from wheelchairhire.config import settings
from wheelchairhire.db import db
from wheelchairhire.models import RepairJob

log = logging.getLogger(__name__)

bp = Blueprint("partner_jobs", __name__, url_prefix="/partner/v1")


def _load_partner_keys() -> list[tuple[str, str]]:
    return [(entry["api_key"], entry["name"]) for entry in settings.REPAIR_PARTNERS]


PARTNER_KEYS = _load_partner_keys()


def partner_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        presented = request.headers.get("X-Partner-Key", "")
        partner = next((name for key, name in PARTNER_KEYS if key == presented), None)
        if partner is None:
            log.info("Rejected partner call to %s from %s", request.path, request.remote_addr)
            return jsonify(error="unauthorised"), 401
        g.partner = partner
        return view(*args, **kwargs)

    return wrapper


@bp.get("/jobs")
@partner_required
def assigned_jobs():
    jobs = RepairJob.query.filter_by(partner=g.partner, closed=False).all()
    return jsonify(
        [
            {"id": j.id, "asset": j.asset_tag, "postcode": j.postcode, "fault": j.fault_summary}
            for j in jobs
        ]
    )


@bp.post("/jobs/<int:job_id>/status")
@partner_required
def update_status(job_id: int):
    job = RepairJob.query.filter_by(id=job_id, partner=g.partner).first_or_404()
    body = request.get_json(force=True)
    status = body.get("status")
    if status not in {"en_route", "on_site", "fixed", "needs_parts", "uneconomic"}:
        return jsonify(error="bad status"), 400
    job.status = status
    job.engineer_notes = body.get("notes", "")[:2000]
    db.session.commit()
    return jsonify(id=job.id, status=job.status)
