"""Status callbacks from the courier dispatch platform.

The courier pushes pickup/delivery events for each dispatched box so the
issuing team can see when units reach the hospital blood bank.
"""
import logging
from datetime import datetime, timezone

import jsonpickle
from flask import Blueprint, jsonify, request

from bloodbank.db import db
from bloodbank.models import Dispatch, DispatchEvent

bp = Blueprint("courier_webhook", __name__)
log = logging.getLogger(__name__)

TERMINAL_STATES = {"delivered", "returned", "lost"}


def _load_event(raw: str) -> dict:
    return jsonpickle.decode(raw)


@bp.post("/webhooks/courier/status")
def courier_status():
    event = _load_event(request.get_data(as_text=True))
    dispatch = Dispatch.query.filter_by(tracking_ref=event.get("tracking_ref")).first()
    if dispatch is None:
        log.warning("status for unknown tracking ref %r", event.get("tracking_ref"))
        return jsonify({"ok": False}), 404

    state = str(event.get("state", "")).lower()
    db.session.add(DispatchEvent(
        dispatch_id=dispatch.id,
        state=state,
        received_at=datetime.now(timezone.utc),
        driver=event.get("driver_name"),
    ))
    if state in TERMINAL_STATES:
        dispatch.closed = True
    db.session.commit()
    return jsonify({"ok": True})
