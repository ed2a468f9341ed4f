"""Imports a winery's cask inventory file when they book a repair round.

Wineries send a YAML list of the barrels they want inspected and repaired
(serial, size, age, fault). The file is uploaded through the customer portal
and turned into draft repair tickets.
"""
from dataclasses import dataclass

import yaml
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from cooperage.repairs import create_draft_ticket

bp = Blueprint("inventory_import", __name__)

MAX_UPLOAD_BYTES = 512 * 1024
KNOWN_SIZES = {"barrique", "hogshead", "puncheon", "butt", "quarter"}


@dataclass
class InventoryLine:
    serial: str
    size: str
    age_years: int
    fault: str


def parse_inventory(raw: bytes) -> list[InventoryLine]:
    document = yaml.safe_load(raw.decode("utf-8"))
    if not isinstance(document, dict) or not isinstance(document.get("barrels"), list):
        raise ValueError("expected a 'barrels' list")
    lines = []
    for entry in document["barrels"]:
        size = str(entry.get("size", "")).lower()
        if size not in KNOWN_SIZES:
            raise ValueError(f"unknown cask size: {size!r}")
        lines.append(
            InventoryLine(
                serial=str(entry["serial"]),
                size=size,
                age_years=int(entry.get("age_years", 0)),
                fault=str(entry.get("fault", "inspection")),
            )
        )
    return lines


@bp.post("/portal/repairs/import")
@login_required
def import_inventory():
    upload = request.files.get("inventory")
    if upload is None:
        abort(400)
    raw = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        abort(413)
    try:
        lines = parse_inventory(raw)
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        return jsonify({"error": str(exc)}), 422
    tickets = [create_draft_ticket(current_user.customer_id, line) for line in lines]
    return jsonify({"draft_tickets": [t.id for t in tickets]}), 201
