"""Ingests room-booking updates pushed by the Exchange connector as XML.

The connector posts change notifications for room mailboxes; each notification
lists the bookings created, moved or cancelled since the previous push.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from defusedxml import ElementTree as DET
from flask import Blueprint, abort, request

from rooms.service import apply_change

bp = Blueprint("exchange_feed", __name__)

NS = {"t": "http://schemas.microsoft.com/exchange/services/2006/types"}


@dataclass
class BookingChange:
    room_mailbox: str
    item_id: str
    action: str
    start: datetime | None
    end: datetime | None
    organiser: str | None


def parse_notification(body: bytes) -> list[BookingChange]:
    root = DET.fromstring(body, forbid_dtd=True)
    changes: list[BookingChange] = []
    for node in root.iterfind(".//t:CalendarItem", NS):
        start = node.findtext("t:Start", default=None, namespaces=NS)
        end = node.findtext("t:End", default=None, namespaces=NS)
        changes.append(
            BookingChange(
                room_mailbox=node.findtext("t:Location", default="", namespaces=NS),
                item_id=node.get("ItemId", ""),
                action=node.get("ChangeType", "Modified"),
                start=datetime.fromisoformat(start) if start else None,
                end=datetime.fromisoformat(end) if end else None,
                organiser=node.findtext("t:Organizer", default=None, namespaces=NS),
            )
        )
    return changes


@bp.post("/integrations/exchange/notify")
def exchange_notify():
    if request.content_type not in ("text/xml", "application/xml"):
        abort(415)
    try:
        changes = parse_notification(request.get_data())
    except DET.ParseError:
        abort(400)
    for change in changes:
        apply_change(change)
    return {"applied": len(changes)}
