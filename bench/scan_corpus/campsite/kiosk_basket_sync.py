"""Receive basket snapshots from the self-service shop kiosks at reception.

Kiosks keep working when the Wi-Fi drops and post their queued basket snapshots when the
connection comes back; the snapshot is replayed into the central till.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal

import jsonpickle
from flask import Blueprint, abort, request

kiosk_bp = Blueprint("kiosk", __name__, url_prefix="/kiosk")
log = logging.getLogger("shop.kiosk")


@dataclass
class BasketLine:
    sku: str
    quantity: int
    unit_price: Decimal


@dataclass
class BasketSnapshot:
    kiosk_id: str
    pitch: str | None
    lines: list[BasketLine] = field(default_factory=list)

    def total(self) -> Decimal:
        return sum((l.unit_price * l.quantity for l in self.lines), Decimal("0"))


def _restore_snapshot(body: str) -> BasketSnapshot:
    snapshot = jsonpickle.decode(body)
    if not isinstance(snapshot, BasketSnapshot):
        raise ValueError("unexpected payload type")
    return snapshot


@kiosk_bp.post("/baskets")
def receive_basket():
    if request.content_length and request.content_length > 64_000:
        abort(413)
    try:
        snapshot = _restore_snapshot(request.get_data(as_text=True))
    except (ValueError, TypeError) as exc:
        log.warning("rejected kiosk payload: %s", exc)
        abort(400)
    till = request.environ["parkshop.till"]
    order_id = till.replay(snapshot.kiosk_id, snapshot.pitch, snapshot.lines)
    return {"order": order_id, "total": str(snapshot.total())}, 201
