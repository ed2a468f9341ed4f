"""Receive the wholesale clock-auction purchase confirmations (XML)."""
from dataclasses import dataclass
from decimal import Decimal

import defusedxml.ElementTree as ET
from flask import Blueprint, jsonify, request

bp = Blueprint("auction_feed", __name__)

NS = {"cl": "urn:auction:clock:lots:1"}


@dataclass
class Purchase:
    lot_id: str
    product: str
    stems: int
    price_per_stem: Decimal


def parse_purchases(body: bytes) -> list[Purchase]:
    root = ET.fromstring(body)
    out = []
    for node in root.findall("cl:Purchase", NS):
        out.append(
            Purchase(
                lot_id=node.get("lot"),
                product=node.findtext("cl:Product", default="", namespaces=NS),
                stems=int(node.findtext("cl:Stems", default="0", namespaces=NS)),
                price_per_stem=Decimal(node.findtext("cl:Price", default="0", namespaces=NS)),
            )
        )
    return out


@bp.post("/auction/purchases")
def purchases():
    items = parse_purchases(request.get_data())
    return jsonify(received=len(items), stems=sum(p.stems for p in items))
