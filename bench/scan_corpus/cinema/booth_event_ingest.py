"""Receive cue and fault events posted by booth automation controllers."""
import ipaddress
import logging

from flask import Blueprint, abort, jsonify, request

from tms.events import record_booth_event

bp = Blueprint("booth_events", __name__)
log = logging.getLogger(__name__)

# Booth controllers live on the projection VLAN; nothing else should post here.
BOOTH_NETWORKS = (
    ipaddress.ip_network("10.42.0.0/16"),
    ipaddress.ip_network("fd00:42::/32"),
)
KNOWN_EVENTS = {"cue.fired", "lamp.fault", "douser.stuck", "playback.started", "playback.ended"}


def _from_booth(addr: str | None) -> bool:
    if not addr:
        return False
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return False
    return any(ip in net for net in BOOTH_NETWORKS)


@bp.post("/booth/events")
def booth_event():
    if not _from_booth(request.remote_addr):
        abort(403)
    event = request.get_json(silent=True) or {}
    kind = event.get("type")
    if kind not in KNOWN_EVENTS:
        return jsonify(error="unknown event type"), 400
    record_booth_event(
        screen=str(event.get("screen", ""))[:32],
        kind=kind,
        detail=event.get("detail", {}),
    )
    log.info("booth event %s from %s", kind, request.remote_addr)
    return jsonify(status="ok"), 202
