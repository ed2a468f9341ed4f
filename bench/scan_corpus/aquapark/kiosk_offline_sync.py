"""Sync endpoint for food-stall kiosks that queued wristband sales offline.

When the Wi-Fi in the lazy river area drops, kiosks keep selling and queue the
sales; on reconnect they post the whole queue in one request.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import jsonpickle
from flask import Flask, jsonify, request

log = logging.getLogger("kiosk.sync")
app = Flask(__name__)


@dataclass
class QueuedSale:
    kiosk_id: str
    wristband_id: str
    sku: str
    amount_cents: int
    sold_at: datetime


class SaleQueueCodec:
    decode = staticmethod(jsonpickle.decode)
    encode = staticmethod(jsonpickle.encode)


class SalesLedger:
    def __init__(self) -> None:
        self.entries: list[QueuedSale] = []

    def apply(self, sales: list[QueuedSale]) -> int:
        accepted = 0
        for sale in sales:
            if sale.amount_cents <= 0:
                continue
            self.entries.append(sale)
            accepted += 1
        return accepted


ledger = SalesLedger()
codec = SaleQueueCodec()


@app.post("/kiosks/<kiosk_id>/sync")
def sync_queue(kiosk_id: str):
    sales = codec.decode(request.get_data(as_text=True))
    if not isinstance(sales, list):
        return jsonify(error="expected a list of sales"), 400
    accepted = ledger.apply(sales)
    log.info("kiosk %s synced %d of %d queued sales", kiosk_id, accepted, len(sales))
    return jsonify(accepted=accepted)
