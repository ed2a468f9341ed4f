"""Handles RxChange responses from prescribers (therapeutic substitutions, prior auth)."""
from __future__ import annotations

import logging

from defusedxml import ElementTree as DET

log = logging.getLogger(__name__)

NS = {"s": "http://www.ncpdp.org/schema/SCRIPT"}


def _text(node, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else None


def parse_rxchange_response(raw: bytes) -> dict:
    root = DET.fromstring(raw)
    body = root.find("s:Body/s:RxChangeResponse", NS)
    if body is None:
        raise ValueError("not an RxChangeResponse")
    approved = body.find("s:Response/s:Approved", NS) is not None
    return {
        "message_id": _text(root, "s:Header/s:MessageID"),
        "relates_to": _text(root, "s:Header/s:RelatesToMessageID"),
        "approved": approved,
        "denial_reason": _text(body, "s:Response/s:Denied/s:DenialReason"),
        "drug_description": _text(body, "s:MedicationPrescribed/s:DrugDescription"),
    }


def handle_inbound(raw: bytes, change_requests) -> None:
    result = parse_rxchange_response(raw)
    request = change_requests.get(result["relates_to"])
    if request is None:
        log.warning("RxChange response %s does not match any open request", result["message_id"])
        return
    if result["approved"]:
        request.approve(result["drug_description"])
    else:
        request.deny(result["denial_reason"])
    log.info("RxChange %s resolved (approved=%s)", result["relates_to"], result["approved"])
