"""Authentication for the roll-label printer stations in the packing bay.

Each printer station polls for pending labels (piece no, lot, metres,
customer mark) and identifies itself with a per-station token.
"""
import json
import os
import secrets
from functools import wraps

from flask import Blueprint, abort, g, jsonify, request

bp = Blueprint("label_printers", __name__, url_prefix="/printers")


class StationRegistry:
    def __init__(self, tokens_by_station):
        self._tokens = dict(tokens_by_station)

    @classmethod
    def from_env(cls, var: str = "LABEL_STATION_TOKENS") -> "StationRegistry":
        return cls(json.loads(os.environ.get(var, "{}")))

    def authenticate(self, station_id: str, presented: str) -> bool:
        expected = self._tokens.get(station_id)
        if not expected or not presented:
            return False
        return secrets.compare_digest(expected.encode(), presented.encode())


registry = StationRegistry.from_env()


def station_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        station_id = request.headers.get("X-Station-Id", "")
        auth = request.headers.get("Authorization", "")
        presented = auth[7:] if auth.startswith("Bearer ") else ""
        if not registry.authenticate(station_id, presented):
            abort(401)
        g.station_id = station_id
        return view(*args, **kwargs)
    return wrapper


@bp.get("/queue")
@station_required
def pending_labels():
    from .packing import pending_labels_for

    labels = pending_labels_for(g.station_id, limit=25)
    return jsonify([
        {"piece_no": l.piece_no, "lot_no": l.lot_no, "metres": l.metres,
         "customer_mark": l.customer_mark}
        for l in labels
    ])


@bp.post("/queue/<int:label_id>/printed")
@station_required
def mark_printed(label_id: int):
    from .packing import mark_label_printed

    mark_label_printed(label_id, station=g.station_id)
    return jsonify({"label_id": label_id, "status": "printed"})
