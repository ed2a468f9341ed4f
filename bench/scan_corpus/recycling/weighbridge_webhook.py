"""Receives ticket events pushed by the weighbridge software vendor.

Each time a vehicle is weighed out, the vendor's cloud service POSTs the
ticket to us, signed with HMAC-SHA256 over the raw body.
"""

import hashlib
import hmac

from flask import Blueprint, abort, current_app, jsonify, request

from weighbridge.models import db, WeighTicket

bp = Blueprint("weighbridge_webhook", __name__)


def _signature_for(body: bytes) -> str:
    secret = current_app.config["WB_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/webhooks/weighbridge/tickets")
def ticket_event():
    body = request.get_data(cache=True)
    supplied = request.headers.get("X-WB-Signature", "").removeprefix("sha256=")
    if supplied != _signature_for(body):
        abort(401)

    event = request.get_json(force=True)
    if event.get("type") != "ticket.completed":
        return jsonify(status="ignored"), 202

    t = event["ticket"]
    ticket = WeighTicket.query.filter_by(ticket_no=t["number"]).one_or_none()
    if ticket is None:
        ticket = WeighTicket(ticket_no=t["number"])
        db.session.add(ticket)
    ticket.site_code = t["site"]
    ticket.vehicle_reg = t["vehicle"]
    ticket.material_code = t["material"]
    ticket.gross_kg = int(t["gross"])
    ticket.tare_kg = int(t["tare"])
    db.session.commit()
    return jsonify(status="stored", ticket=ticket.ticket_no), 201
