"""Loads the manifest that accompanies each partner seed shipment upload.

Partners upload a zip-free bundle through the exchange portal: a manifest.yml
listing the accessions plus one CSV of passport data.
"""
import csv
import io
from dataclasses import dataclass, field

import yaml

REQUIRED_KEYS = {"partner_code", "shipment_id", "accessions"}


@dataclass
class ShipmentManifest:
    partner_code: str
    shipment_id: str
    accessions: list[str]
    notes: str = ""
    extra: dict = field(default_factory=dict)


def parse_manifest(stream) -> ShipmentManifest:
    data = yaml.load(stream, Loader=yaml.Loader)
    if not isinstance(data, dict) or not REQUIRED_KEYS <= data.keys():
        raise ValueError("manifest missing required keys")
    return ShipmentManifest(
        partner_code=str(data["partner_code"]),
        shipment_id=str(data["shipment_id"]),
        accessions=[str(a) for a in data["accessions"]],
        notes=str(data.get("notes", "")),
        extra={k: v for k, v in data.items() if k not in REQUIRED_KEYS | {"notes"}},
    )


def parse_passport_csv(raw: bytes) -> list[dict]:
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    return [row for row in reader]


def handle_upload(files) -> tuple[ShipmentManifest, list[dict]]:
    """`files` is the multipart mapping from the portal view."""
    manifest = parse_manifest(files["manifest"].stream)
    passport = parse_passport_csv(files["passport"].read())
    missing = set(manifest.accessions) - {row.get("ACCENUMB") for row in passport}
    if missing:
        raise ValueError(f"passport data missing for {sorted(missing)}")
    return manifest, passport
