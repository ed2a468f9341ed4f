"""Parse the end-of-day manifest XML the courier uploads to our SFTP drop."""
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import defusedxml.ElementTree as DET

MANIFEST_DIR = Path("/srv/chairwright/sftp/courier/manifests")


@dataclass
class ManifestEntry:
    tracking_number: str
    order_ref: str
    collected_at: datetime
    parcels: int
    weight_kg: float


def parse_manifest(xml_text: str) -> list[ManifestEntry]:
    root = DET.fromstring(xml_text)
    entries = []
    for consignment in root.iter("Consignment"):
        entries.append(
            ManifestEntry(
                tracking_number=consignment.findtext("TrackingNumber", "").strip(),
                order_ref=consignment.findtext("CustomerReference", "").strip(),
                collected_at=datetime.fromisoformat(consignment.findtext("CollectedAt", "")),
                parcels=int(consignment.findtext("Parcels", "1")),
                weight_kg=float(consignment.findtext("WeightKg", "0")),
            )
        )
    return entries


def pending_manifests() -> list[Path]:
    return sorted(p for p in MANIFEST_DIR.glob("*.xml") if not p.with_suffix(".done").exists())


def process_all(on_entry) -> int:
    """Parse each new manifest, hand every consignment to ``on_entry``, mark file done."""
    handled = 0
    for path in pending_manifests():
        for entry in parse_manifest(path.read_text(encoding="utf-8")):
            on_entry(entry)
            handled += 1
        path.with_suffix(".done").touch()
    return handled


if __name__ == "__main__":
    count = process_all(lambda e: print(f"{e.order_ref:<12} {e.tracking_number} x{e.parcels}"))
    print(f"{count} consignments")
