"""Parses courier loan manifests (XML) for frames arriving at the studio.

The courier's system attaches a manifest to each shipment; the intake desk
uploads it so crates can be checked in against the list.
"""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from defusedxml import ElementTree as DET

MANIFEST_NS = "{urn:artmove:manifest:2}"


@dataclass
class CrateLine:
    crate_no: str
    accession_no: str
    description: str
    declared_value: Decimal
    currency: str


@dataclass
class Manifest:
    shipment_id: str
    lender: str
    ship_date: date
    crates: list[CrateLine]


def _child(el, name: str, default: str = "") -> str:
    found = el.find(MANIFEST_NS + name)
    return found.text.strip() if found is not None and found.text else default


def parse_manifest(xml_bytes: bytes) -> Manifest:
    root = DET.fromstring(xml_bytes)
    crates = [
        CrateLine(
            crate_no=_child(c, "CrateNumber"),
            accession_no=_child(c, "AccessionNumber"),
            description=_child(c, "Description"),
            declared_value=Decimal(_child(c, "DeclaredValue", "0")),
            currency=c.find(MANIFEST_NS + "DeclaredValue").get("currency", "EUR")
            if c.find(MANIFEST_NS + "DeclaredValue") is not None else "EUR",
        )
        for c in root.iter(MANIFEST_NS + "Crate")
    ]
    return Manifest(
        shipment_id=_child(root, "ShipmentId"),
        lender=_child(root, "Lender"),
        ship_date=date.fromisoformat(_child(root, "ShipDate")),
        crates=crates,
    )


def missing_crates(manifest: Manifest, received: set[str]) -> list[str]:
    return sorted(c.crate_no for c in manifest.crates if c.crate_no not in received)
