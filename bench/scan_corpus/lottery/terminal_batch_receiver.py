"""Accept offline sales batches uploaded by retailer terminals.

When a terminal loses its link it keeps selling against its offline
allowance and uploads the queued transactions once the link returns.
Older terminal firmware and the new Android terminals use different
encodings, so the receiver picks a decoder from the Content-Type.
"""
from __future__ import annotations

import json
import pickle
import zlib
from dataclasses import dataclass
from typing import Any, Callable

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

Decoder = Callable[[bytes], Any]

BATCH_DECODERS: dict[str, Decoder] = {
    "application/json": json.loads,
    "application/vnd.lottery.batch+zlib": lambda blob: json.loads(zlib.decompress(blob)),
    "application/vnd.lottery.batch-legacy": pickle.loads,
}


@dataclass
class OfflineSale:
    terminal_id: str
    serial: str
    game: str
    amount_cents: int
    sold_at: str


class BatchReceiver:
    def __init__(self, decoders: dict[str, Decoder] = BATCH_DECODERS) -> None:
        self._decoders = decoders

    def decode(self, content_type: str, blob: bytes) -> list[OfflineSale]:
        decoder = self._decoders.get(content_type.split(";")[0].strip())
        if decoder is None:
            raise LookupError(content_type)
        records = decoder(blob)
        return [OfflineSale(**record) for record in records]


receiver = BatchReceiver()


@app.post("/terminals/<terminal_id>/offline-batch")
def offline_batch(terminal_id: str) -> Any:
    try:
        sales = receiver.decode(request.content_type or "", request.get_data())
    except LookupError:
        abort(415)
    mismatched = [s.serial for s in sales if s.terminal_id != terminal_id]
    if mismatched:
        abort(409)
    return jsonify({"accepted": len(sales)})
