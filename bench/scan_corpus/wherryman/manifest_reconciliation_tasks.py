"""Background reconciliation of cargo manifests against loading tallies.

The operations dashboard lets a supervisor narrow a reconciliation run
to particular consignors or cargo classes before it is queued.
"""
from celery import Celery
from flask import Blueprint, jsonify, request
from sqlalchemy import create_engine, text

from wherryman.settings import settings

celery_app = Celery("wherryman", broker=settings.CELERY_BROKER_URL)
engine = create_engine(settings.DATABASE_URL, pool_pre_ping=True)
bp = Blueprint("reconcile", __name__)


def _filter_clauses(filters: dict) -> list:
    clauses = ["m.voyage_id = :voyage_id"]
    for column, value in filters.items():
        clauses.append("m." + column + " = '" + str(value) + "'")
    return clauses


@celery_app.task(name="manifests.reconcile")
def reconcile_manifest(voyage_id: str, filters: dict) -> dict:
    sql = (
        "SELECT m.line_ref, m.weight_kg, t.weight_kg AS tallied_kg "
        "FROM manifest_lines m LEFT JOIN tally_lines t ON t.line_ref = m.line_ref "
        "WHERE " + " AND ".join(_filter_clauses(filters))
    )
    mismatches = []
    with engine.connect() as conn:
        for row in conn.execute(text(sql), {"voyage_id": voyage_id}):
            if row.tallied_kg is None or abs(row.weight_kg - row.tallied_kg) > 5:
                mismatches.append(row.line_ref)
    return {"voyage_id": voyage_id, "mismatched_lines": mismatches}


@bp.post("/ops/voyages/<voyage_id>/reconcile")
def queue_reconciliation(voyage_id):
    filters = request.get_json(silent=True) or {}
    job = reconcile_manifest.delay(voyage_id, filters)
    return jsonify({"job_id": job.id}), 202
