"""Parser for the venue availability feed that partners POST to us."""
from __future__ import annotations

from datetime import datetime
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException
from flask import Blueprint, abort, jsonify, request

from .auth import partner_required
from .venues import upsert_slots

bp = Blueprint("venue_feed", __name__)

MAX_FEED_BYTES = 2 * 1024 * 1024


def _slot(node: Element) -> dict:
    return {
        "venue_ref": node.get("venue"),
        "starts_at": datetime.fromisoformat(node.findtext("start", "")),
        "seats": int(node.findtext("seats", "0")),
    }


def parse_availability(xml_bytes: bytes) -> list[dict]:
    root = DET.fromstring(xml_bytes)
    return [_slot(n) for n in root.iter("slot")]


@bp.post("/partners/availability")
@partner_required
def receive_availability(partner):
    if request.content_length is None or request.content_length > MAX_FEED_BYTES:
        abort(413)
    try:
        slots = parse_availability(request.get_data())
    except (DET.ParseError, DefusedXmlException, ValueError):
        abort(400)
    upsert_slots(partner.id, slots)
    return jsonify(accepted=len(slots))
