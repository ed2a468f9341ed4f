"""Parse stock level feeds pushed by retail product suppliers.

Suppliers post an XML document listing stock for the oils, creams and
candles sold in the spa shops so reorder levels can be calculated.
"""
from __future__ import annotations

from dataclasses import dataclass

from defusedxml import ElementTree as DefusedET
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
MAX_FEED_BYTES = 2 * 1024 * 1024


@dataclass
class StockLine:
    sku: str
    on_hand: int
    lead_time_days: int


def parse_feed(payload: bytes) -> list[StockLine]:
    root = DefusedET.fromstring(payload)
    lines = []
    for item in root.iter("item"):
        lines.append(
            StockLine(
                sku=(item.findtext("sku") or "").strip(),
                on_hand=int(item.findtext("onHand") or 0),
                lead_time_days=int(item.findtext("leadTime") or 7),
            )
        )
    return lines


def reorder_needed(lines: list[StockLine], daily_usage: dict[str, float]) -> list[str]:
    return [
        line.sku
        for line in lines
        if line.on_hand < daily_usage.get(line.sku, 0.0) * (line.lead_time_days + 3)
    ]


@app.post("/suppliers/<int:supplier_id>/stock")
def receive_stock_feed(supplier_id: int):
    if request.content_length and request.content_length > MAX_FEED_BYTES:
        abort(413)
    lines = parse_feed(request.get_data())
    from spa.shop.usage import daily_usage_for_supplier

    usage = daily_usage_for_supplier(supplier_id)
    return jsonify({"lines": len(lines), "reorder": reorder_needed(lines, usage)})
