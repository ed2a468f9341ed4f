"""Ingest fault reports pushed by the pinsetter vendor's monitoring cloud.

The vendor POSTs an XML document per fault (jam, deck error, sweep
timeout...) to this endpoint; we turn it into a maintenance ticket for the
centre's mechanic.
"""
from __future__ import annotations

import hmac
from datetime import datetime

from flask import Blueprint, abort, current_app, request
from lxml import etree

from .maintenance import open_ticket

bp = Blueprint("pinsetter_faults", __name__)

_parser = etree.XMLParser(resolve_entities=True, remove_blank_text=True, huge_tree=False)


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path)
    return found.text.strip() if found is not None and found.text else default


def parse_fault(xml_bytes: bytes) -> dict:
    root = etree.fromstring(xml_bytes, parser=_parser)
    if root.tag != "FaultReport":
        raise ValueError(f"unexpected root element {root.tag}")
    return {
        "site": _text(root, "Site/Code"),
        "lane": int(_text(root, "Machine/Lane", "0")),
        "code": _text(root, "Fault/Code"),
        "description": _text(root, "Fault/Description"),
        "raised_at": datetime.fromisoformat(_text(root, "Fault/RaisedAt")),
    }


@bp.post("/vendor/pinsetter-faults")
def receive_fault():
    provided = request.headers.get("X-Vendor-Key", "")
    if not hmac.compare_digest(provided, current_app.config["PINSETTER_VENDOR_KEY"]):
        abort(401)
    if not current_app.config.get("PINSETTER_FEED_ENABLED", True):
        abort(503)
    fault = parse_fault(request.get_data())
    ticket = open_ticket(**fault)
    return {"ticket": ticket.id}, 201
