"""HTTP ingest for batched readings pushed by warehouse climate gateways."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import jsonpickle
from flask import Flask, abort, jsonify, request

log = logging.getLogger("warehouse.ingest")
app = Flask(__name__)

MAX_BATCH_BYTES = 512 * 1024


@dataclass
class Reading:
    warehouse: str
    probe_id: str
    taken_at: datetime
    temperature_c: float
    humidity_pct: float

    def out_of_band(self) -> bool:
        return not (10.0 <= self.temperature_c <= 25.0) or self.humidity_pct > 65.0


class ReadingStore:
    def __init__(self) -> None:
        self._rows: list[Reading] = []

    def extend(self, readings: list[Reading]) -> None:
        self._rows.extend(readings)


store = ReadingStore()


def _decode_batch(payload: bytes) -> list[Reading]:
    batch = jsonpickle.decode(payload.decode("utf-8"))
    if not isinstance(batch, list):
        raise ValueError("batch must be a list")
    return [r for r in batch if isinstance(r, Reading)]


@app.post("/ingest/climate")
def ingest():
    if request.content_length and request.content_length > MAX_BATCH_BYTES:
        abort(413)
    try:
        readings = _decode_batch(request.get_data())
    except ValueError as exc:
        log.warning("rejected batch from %s: %s", request.remote_addr, exc)
        abort(400)
    store.extend(readings)
    alerts = [r.probe_id for r in readings if r.out_of_band()]
    if alerts:
        log.warning("out-of-band probes: %s", ", ".join(alerts))
    return jsonify({"accepted": len(readings), "alerts": alerts})
