"""Parses Advanced Shipping Notices (ASN) that customer ERPs post to the
inbound-receiving integration, so robots can be pre-assigned to docks."""
from __future__ import annotations

from datetime import datetime

from defusedxml import ElementTree as DET

NS = {"asn": "urn:fleet:integration:asn:2"}


def _text(node, path: str, default: str = "") -> str:
    found = node.find(path, NS)
    return found.text.strip() if found is not None and found.text else default


def parse_asn(payload: bytes) -> dict:
    root = DET.fromstring(payload)
    shipment = {
        "asn_id": _text(root, "asn:Header/asn:Id"),
        "supplier": _text(root, "asn:Header/asn:Supplier"),
        "expected_at": datetime.fromisoformat(_text(root, "asn:Header/asn:ExpectedArrival")),
        "dock": _text(root, "asn:Header/asn:Dock", "any"),
        "pallets": [],
    }
    for pallet in root.iterfind("asn:Pallets/asn:Pallet", NS):
        shipment["pallets"].append({
            "sscc": _text(pallet, "asn:SSCC"),
            "sku": _text(pallet, "asn:Sku"),
            "qty": int(_text(pallet, "asn:Quantity", "0")),
            "weight_kg": float(_text(pallet, "asn:WeightKg", "0")),
        })
    return shipment
