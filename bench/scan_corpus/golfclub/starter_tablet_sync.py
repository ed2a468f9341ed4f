"""Accepts tee-sheet snapshots pushed by the tablets in the starter's hut."""
from __future__ import annotations

import logging
from datetime import date

import jsonpickle
from flask import Blueprint, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("starter_sync", __name__, url_prefix="/starter")


class TeeSheetSnapshot:
    def __init__(self, play_date: date, slots: list[dict], checked_in: set[int]) -> None:
        self.play_date = play_date
        self.slots = slots
        self.checked_in = checked_in


class SnapshotCodec:
    keys = True

    def dumps(self, snapshot: TeeSheetSnapshot) -> str:
        return jsonpickle.encode(snapshot, keys=self.keys)

    def loads(self, payload: str) -> TeeSheetSnapshot:
        return jsonpickle.decode(payload, keys=self.keys)


class TeeSheetStore:
    def __init__(self) -> None:
        self._sheets: dict[date, TeeSheetSnapshot] = {}

    def merge(self, incoming: TeeSheetSnapshot) -> int:
        current = self._sheets.get(incoming.play_date)
        if current is None:
            self._sheets[incoming.play_date] = incoming
            return len(incoming.checked_in)
        current.checked_in |= incoming.checked_in
        return len(current.checked_in)


store = TeeSheetStore()
codec = SnapshotCodec()


@bp.post("/snapshot")
def push_snapshot():
    snapshot = codec.loads(request.get_data(as_text=True))
    if not isinstance(snapshot, TeeSheetSnapshot):
        return jsonify(error="unexpected payload"), 400
    checked_in = store.merge(snapshot)
    log.info("Starter snapshot for %s merged: %d players checked in", snapshot.play_date, checked_in)
    return jsonify(play_date=snapshot.play_date.isoformat(), checked_in=checked_in)
