"""Offline queue sync for the driver handheld app.

When a device comes back into coverage it posts the stops it completed
while offline. The app serialises its queue objects with jsonpickle so the
backend can rebuild the same event classes.
"""
import logging

import jsonpickle
from flask import Blueprint, g, jsonify, request

from courier.driver.auth import driver_token_required
from courier.driver.events import apply_stop_event

bp = Blueprint("handheld_sync", __name__, url_prefix="/handheld/v2")
log = logging.getLogger(__name__)

MAX_BATCH = 500


@bp.post("/sync")
@driver_token_required
def sync_offline_queue():
    batch = jsonpickle.decode(request.get_data(as_text=True))
    if not isinstance(batch, list):
        return jsonify(error="expected a list of events"), 400
    if len(batch) > MAX_BATCH:
        return jsonify(error=f"batch larger than {MAX_BATCH}"), 413

    accepted, rejected = [], []
    for event in batch:
        try:
            apply_stop_event(driver_id=g.driver.id, event=event)
            accepted.append(getattr(event, "client_id", None))
        except ValueError as exc:
            rejected.append({"id": getattr(event, "client_id", None), "reason": str(exc)})

    log.info("driver %s synced %d events (%d rejected)", g.driver.id, len(accepted), len(rejected))
    return jsonify(accepted=accepted, rejected=rejected)
