"""Repair ticket status endpoint for the workshop front desk.

Uses ETags so the reception screen can poll cheaply and so two people
editing the same ticket do not overwrite each other's notes.
"""
import hashlib
import json

from flask import Blueprint, abort, jsonify, make_response, request
from flask_login import login_required

from clockmaker.db import db
from clockmaker.models import RepairTicket

bp = Blueprint("ticket_status", __name__, url_prefix="/api/tickets")


def _etag_for(ticket: RepairTicket) -> str:
    body = json.dumps(ticket.to_dict(), sort_keys=True, default=str).encode()
    return hashlib.sha1(body).hexdigest()


@bp.get("/<ticket_number>")
@login_required
def get_ticket(ticket_number: str):
    ticket = RepairTicket.query.filter_by(number=ticket_number).first_or_404()
    etag = _etag_for(ticket)
    if request.headers.get("If-None-Match", "").strip('"') == etag:
        return make_response("", 304)
    resp = jsonify(ticket.to_dict())
    resp.set_etag(etag)
    return resp


@bp.patch("/<ticket_number>")
@login_required
def update_ticket(ticket_number: str):
    ticket = RepairTicket.query.filter_by(number=ticket_number).first_or_404()
    if_match = request.headers.get("If-Match", "").strip('"')
    if not if_match or if_match != _etag_for(ticket):
        abort(412)
    changes = request.get_json(force=True)
    for field in ("status", "bench_notes", "estimated_completion"):
        if field in changes:
            setattr(ticket, field, changes[field])
    db.session.commit()
    resp = jsonify(ticket.to_dict())
    resp.set_etag(_etag_for(ticket))
    return resp
