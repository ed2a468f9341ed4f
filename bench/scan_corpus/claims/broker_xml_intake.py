"""Receive XML claim notifications from the broker exchange and acknowledge them.

Incoming documents are parsed with defusedxml; acknowledgements are built with
the standard library ElementTree API.
"""
from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

from defusedxml import ElementTree as SafeET
from flask import Blueprint, Response, request

from claims.intake import create_fnol_from_broker

bp = Blueprint("broker_exchange", __name__, url_prefix="/exchange")

MAX_BODY = 2 * 1024 * 1024


def _ack(correlation_id: str, status: str, claim_number: str | None = None) -> bytes:
    root = ET.Element("ClaimAck")
    ET.SubElement(root, "CorrelationId").text = correlation_id
    ET.SubElement(root, "Status").text = status
    ET.SubElement(root, "Timestamp").text = datetime.now(timezone.utc).isoformat()
    if claim_number:
        ET.SubElement(root, "ClaimNumber").text = claim_number
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


@bp.post("/claims")
def receive_claim():
    if request.content_length and request.content_length > MAX_BODY:
        return Response(status=413)
    doc = SafeET.fromstring(request.get_data())
    correlation_id = doc.findtext("Header/CorrelationId") or str(uuid.uuid4())
    notice = {
        "policy_number": doc.findtext("Policy/Number"),
        "loss_date": doc.findtext("Loss/Date"),
        "cause": doc.findtext("Loss/Cause"),
        "description": doc.findtext("Loss/Description"),
        "broker_ref": doc.findtext("Header/BrokerReference"),
    }
    claim_number = create_fnol_from_broker(notice)
    return Response(_ack(correlation_id, "ACCEPTED", claim_number), mimetype="application/xml")
