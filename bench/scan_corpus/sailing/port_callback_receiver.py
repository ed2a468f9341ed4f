"""Receives clearance callbacks from the port authority for filed crew lists."""

import logging

from flask import Blueprint, abort, current_app, jsonify, request

from .db import get_db

bp = Blueprint("port_callbacks", __name__, url_prefix="/hooks/port-authority")
log = logging.getLogger("charter.port")

VALID_STATUSES = {"received", "cleared", "rejected"}


def _configured_key() -> str:
    return current_app.config["PORT_AUTHORITY_CALLBACK_KEY"]


def _presented_key() -> str:
    return request.headers.get("X-Api-Key", "")


def _authorised() -> bool:
    presented = _presented_key()
    return bool(presented) and presented == _configured_key()


@bp.post("/clearance")
def clearance():
    if not _authorised():
        abort(401)
    event = request.get_json(silent=True) or {}
    receipt = event.get("receipt")
    status = event.get("status")
    if not receipt or status not in VALID_STATUSES:
        abort(400)

    db = get_db()
    updated = db.execute(
        "UPDATE crew_lists SET port_status = ?, port_note = ?, updated_at = CURRENT_TIMESTAMP "
        "WHERE port_receipt = ?",
        (status, (event.get("note") or "")[:500], receipt),
    ).rowcount
    db.commit()
    if not updated:
        log.warning("clearance callback for unknown receipt %s", receipt)
        abort(404)
    log.info("crew list %s is now %s", receipt, status)
    return jsonify({"ok": True})
