"""Parses XML purchase orders posted by department-store buying systems."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from defusedxml import ElementTree as DefusedET
from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class OrderLine:
    style_code: str
    colour: str
    size: str
    quantity: int


@dataclass
class StorePurchaseOrder:
    store: str
    po_number: str
    deliver_by: date
    lines: list[OrderLine] = field(default_factory=list)


class PurchaseOrderReader:
    parse = staticmethod(DefusedET.fromstring)
    max_bytes = 2 * 1024 * 1024

    def read(self, payload: bytes) -> StorePurchaseOrder:
        if len(payload) > self.max_bytes:
            raise ValueError("purchase order document too large")
        root = self.parse(payload)
        po = StorePurchaseOrder(
            store=root.findtext("Buyer/Name", "").strip(),
            po_number=root.findtext("Header/PONumber", "").strip(),
            deliver_by=date.fromisoformat(root.findtext("Header/DeliverBy", "").strip()),
        )
        for line in root.iterfind("Lines/Line"):
            po.lines.append(
                OrderLine(
                    style_code=line.findtext("Style", ""),
                    colour=line.findtext("Colour", ""),
                    size=line.findtext("Size", ""),
                    quantity=int(line.findtext("Qty", "0")),
                )
            )
        return po


reader = PurchaseOrderReader()


@app.post("/edi/purchase-orders")
def receive_purchase_order():
    try:
        po = reader.read(request.get_data())
    except (ValueError, DefusedET.ParseError) as exc:
        return jsonify(error=str(exc)), 400
    units = sum(l.quantity for l in po.lines)
    return jsonify(store=po.store, po=po.po_number, units=units), 202
