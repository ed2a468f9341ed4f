"""Parses the manifest.yml uploaded with outgoing seed shipments to partners."""
from dataclasses import dataclass

import yaml

REQUIRED = ("recipient", "mta_reference", "lots")


@dataclass
class Lot:
    accession_no: str
    seed_count: int


@dataclass
class OutgoingShipment:
    recipient: str
    mta_reference: str
    lots: list[Lot]


def load_manifest(stream) -> OutgoingShipment:
    doc = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict):
        raise ValueError("manifest must be a mapping")
    missing = [k for k in REQUIRED if k not in doc]
    if missing:
        raise ValueError(f"manifest missing {', '.join(missing)}")
    lots = [Lot(accession_no=str(l["accession"]), seed_count=int(l["seeds"])) for l in doc["lots"]]
    if any(lot.seed_count <= 0 for lot in lots):
        raise ValueError("seed counts must be positive")
    return OutgoingShipment(recipient=str(doc["recipient"]), mta_reference=str(doc["mta_reference"]), lots=lots)
