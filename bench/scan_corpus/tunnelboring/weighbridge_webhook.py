"""Receive weighbridge events for spoil lorries leaving the launch shaft.

The weighbridge vendor posts gross/tare weights with an HMAC signature over
the raw body; accepted events update the matching haulage ticket.
"""
import hashlib
import hmac
import os

from flask import Blueprint, abort, current_app, jsonify, request

from haulage.tickets import TicketRepository

bp = Blueprint("weighbridge", __name__, url_prefix="/hooks/weighbridge")


class WeighbridgeSignature:
    header_name = "X-Weighbridge-Signature"

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "WeighbridgeSignature":
        return cls(os.environ["WEIGHBRIDGE_HOOK_SECRET"].encode("utf-8"))

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def matches(self, body: bytes, presented: str) -> bool:
        return self.expected(body) == presented.lower()


def _net_tonnes(event: dict) -> float:
    return round((float(event["gross_kg"]) - float(event["tare_kg"])) / 1000.0, 3)


@bp.post("/events")
def weighbridge_event():
    signer = WeighbridgeSignature.from_env()
    presented = request.headers.get(signer.header_name, "")
    if not signer.matches(request.get_data(), presented):
        abort(403)
    event = request.get_json(force=True)
    repo = TicketRepository(current_app.config["HAULAGE_DB_URL"])
    ticket = repo.find_open(event["vehicle_reg"])
    if ticket is None:
        return jsonify(status="no-open-ticket"), 202
    repo.record_weight(ticket.ticket_no, _net_tonnes(event), event["weighed_at"])
    return jsonify(status="recorded", ticket=ticket.ticket_no)
