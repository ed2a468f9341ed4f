"""Imports booking manifests uploaded by partner holiday agents.

Agents who resell our boats send a weekly XML manifest of the bookings they
have taken. The manifest is uploaded through the agent portal and each
<booking> element becomes a provisional booking awaiting deposit.
"""
from datetime import date

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from lxml import etree

from canalboat.bookings import create_provisional

bp = Blueprint("agent_manifest", __name__, url_prefix="/agents")


def _manifest_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=True, load_dtd=True, remove_blank_text=True)


def _text(node, tag: str) -> str:
    value = node.findtext(tag)
    if value is None:
        raise ValueError(f"<{tag}> missing")
    return value.strip()


def parse_manifest(raw: bytes) -> list[dict]:
    root = etree.fromstring(raw, parser=_manifest_parser())
    bookings = []
    for node in root.iterfind("booking"):
        bookings.append({
            "agent_reference": _text(node, "reference"),
            "boat_class": _text(node, "boatClass"),
            "start_date": date.fromisoformat(_text(node, "start")),
            "nights": int(_text(node, "nights")),
            "lead_hirer": _text(node, "leadHirer"),
            "email": _text(node, "email"),
        })
    return bookings


@bp.post("/manifest")
@login_required
def upload_manifest():
    upload = request.files.get("manifest")
    if upload is None:
        abort(400)
    try:
        entries = parse_manifest(upload.read())
    except (etree.XMLSyntaxError, ValueError) as exc:
        return jsonify({"error": str(exc)}), 422
    created = [create_provisional(agent=current_user.agent, **entry) for entry in entries]
    return jsonify({"created": len(created)}), 201
