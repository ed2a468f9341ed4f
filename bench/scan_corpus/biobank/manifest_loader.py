"""Load YAML shipment manifests submitted by collection sites."""
from datetime import date
from typing import IO

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

REQUIRED = ("consignment", "sender_site", "shipped_on", "tubes")


class ManifestError(ValueError):
    pass


def load_manifest(stream: IO[str]) -> dict:
    doc = yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict):
        raise ManifestError("manifest must be a mapping")
    missing = [k for k in REQUIRED if k not in doc]
    if missing:
        raise ManifestError(f"missing keys: {', '.join(missing)}")
    if not isinstance(doc["shipped_on"], date):
        raise ManifestError("shipped_on must be a date")
    for i, tube in enumerate(doc["tubes"]):
        if "barcode" not in tube or "sample_type" not in tube:
            raise ManifestError(f"tube #{i} lacks barcode or sample_type")
    return doc


def tube_barcodes(manifest: dict) -> set[str]:
    return {t["barcode"] for t in manifest["tubes"]}
