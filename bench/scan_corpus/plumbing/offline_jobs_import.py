"""Sync endpoint for the engineers' tablet app.

When an engineer has no signal the app queues completed job sheets locally and
posts them here in one batch once it is back online.
"""

import logging

import jsonpickle as jp
from flask import Blueprint, abort, g, request

from jobs.auth import engineer_required
from jobs.service import save_job_sheet

bp = Blueprint("tablet_sync", __name__, url_prefix="/api/tablet")
log = logging.getLogger(__name__)

MAX_BATCH = 200


@bp.post("/sync")
@engineer_required
def sync_offline_jobs():
    raw = request.get_data(as_text=True)
    if not raw:
        abort(400, "empty batch")
    batch = jp.decode(raw)
    if not isinstance(batch, list) or len(batch) > MAX_BATCH:
        abort(400, "invalid batch")
    saved = 0
    for sheet in batch:
        save_job_sheet(
            engineer_id=g.engineer.id,
            job_ref=sheet["job_ref"],
            completed_at=sheet["completed_at"],
            readings=sheet.get("readings", {}),
            parts_used=sheet.get("parts_used", []),
        )
        saved += 1
    log.info("Engineer %s synced %d offline job sheets", g.engineer.id, saved)
    return {"saved": saved}
