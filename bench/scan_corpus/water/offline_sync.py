"""Offline sync endpoint: crews queue hydrant inspections on the tablet and upload in bulk."""
import logging
from datetime import datetime, timezone

import jsonpickle
from flask import Blueprint, g, jsonify, request

from .auth import require_crew_token
from .models import HydrantInspection, db

log = logging.getLogger(__name__)
bp = Blueprint("offline_sync", __name__, url_prefix="/api/v2")


@bp.post("/sync")
@require_crew_token
def sync_batch():
    batch = jsonpickle.decode(request.get_data(as_text=True))
    accepted, rejected = 0, []
    for item in batch.get("inspections", []):
        try:
            db.session.add(
                HydrantInspection(
                    hydrant_id=item["hydrant_id"],
                    crew_id=g.crew.id,
                    static_psi=float(item["static_psi"]),
                    flow_gpm=float(item["flow_gpm"]),
                    notes=str(item.get("notes", ""))[:2000],
                    inspected_at=datetime.fromisoformat(item["inspected_at"]),
                )
            )
            accepted += 1
        except (KeyError, TypeError, ValueError) as exc:
            rejected.append({"client_id": item.get("client_id"), "error": str(exc)})
    db.session.commit()
    log.info("crew %s synced %d inspections (%d rejected)", g.crew.id, accepted, len(rejected))
    return jsonify(
        accepted=accepted,
        rejected=rejected,
        server_time=datetime.now(timezone.utc).isoformat(),
    )
