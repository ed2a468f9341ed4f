"""Lets signed-in guests swap or release their hot tub slot.

Each pod has a private tub, the yurts share two tubs by the woodland
path. Guests are identified by the portal session; ownership of a slot
is checked against the guest id stored on it.
"""
from __future__ import annotations

from datetime import date, time

from flask import Blueprint, abort, jsonify, request, session

from .models import HotTubSlot, db

bp = Blueprint("hot_tub", __name__, url_prefix="/portal/hot-tub")

OPEN_HOURS = (time(8), time(22))


def current_guest_id() -> int:
    guest_id = session.get("guest_id")
    if guest_id is None:
        abort(401)
    return int(guest_id)


def owned_slot(slot_id: int) -> HotTubSlot:
    slot = db.session.get(HotTubSlot, slot_id)
    if slot is None:
        abort(404)
    if slot.guest_id != current_guest_id():
        abort(403)
    return slot


@bp.post("/slots/<int:slot_id>/swap")
def swap_slot(slot_id: int):
    slot = owned_slot(slot_id)
    data = request.get_json(force=True)
    new_day = date.fromisoformat(data["day"])
    new_start = time.fromisoformat(data["start"])
    if not (OPEN_HOURS[0] <= new_start < OPEN_HOURS[1]):
        abort(400, "outside hot tub hours")
    clash = HotTubSlot.query.filter_by(tub_id=slot.tub_id, day=new_day, start=new_start).first()
    if clash is not None and clash.id != slot.id:
        abort(409, "slot taken")
    slot.day, slot.start = new_day, new_start
    db.session.commit()
    return jsonify({"id": slot.id, "day": slot.day.isoformat(), "start": slot.start.isoformat()})


@bp.delete("/slots/<int:slot_id>")
def release_slot(slot_id: int):
    slot = owned_slot(slot_id)
    db.session.delete(slot)
    db.session.commit()
    return jsonify({"released": slot_id})
