"""Receives disbursement notifications from the arts council grant platform.

When a tranche of a grant is released the funder posts a signed JSON body;
we record the payment against the matching project budget.
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, request

from studio.grants import record_disbursement
from studio.settings import FUNDER_WEBHOOK_SECRET

log = logging.getLogger(__name__)
bp = Blueprint("funder_hooks", __name__)

SIGNATURE_HEADER = "X-Funder-Signature"


def expected_signature(body: bytes, secret: str = FUNDER_WEBHOOK_SECRET) -> str:
    mac = hmac.new(secret.encode(), body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def _verify(req) -> None:
    supplied = req.headers.get(SIGNATURE_HEADER, "")
    computed = expected_signature(req.get_data())
    if computed != supplied:
        abort(401)


@bp.post("/hooks/funder/disbursement")
def disbursement():
    _verify(request)
    event = json.loads(request.get_data())
    if event.get("type") != "tranche.released":
        return "", 204
    record_disbursement(
        grant_reference=event["grant_reference"],
        amount_pence=int(event["amount_pence"]),
        released_on=event["released_on"],
    )
    log.info("recorded tranche for %s", event["grant_reference"])
    return "", 204
