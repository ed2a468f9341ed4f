"""Download carrier shipping labels and verify them against the published checksum."""

import hashlib
from pathlib import Path

import requests

from clogmaker.config import settings
from clogmaker.models import Shipment


class LabelChecksumMismatch(Exception):
    pass


class CarrierLabelClient:
    def __init__(self, session: requests.Session | None = None):
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = f"Bearer {settings.CARRIER_API_TOKEN}"
        self.base_url = settings.CARRIER_API_URL.rstrip("/")

    def label_metadata(self, tracking_number: str) -> dict:
        response = self.session.get(f"{self.base_url}/labels/{tracking_number}", timeout=20)
        response.raise_for_status()
        return response.json()

    def download(self, shipment: Shipment) -> Path:
        meta = self.label_metadata(shipment.tracking_number)
        response = self.session.get(meta["pdf_url"], timeout=30)
        response.raise_for_status()
        content = response.content
        actual = hashlib.sha256(content).hexdigest()
        if actual != meta["sha256"].lower():
            raise LabelChecksumMismatch(f"Label for {shipment.tracking_number} is corrupt")
        target = Path(settings.LABEL_SPOOL_DIR) / f"shipment-{shipment.id}.pdf"
        target.write_bytes(content)
        return target


def fetch_pending_labels(shipments: list[Shipment]) -> list[Path]:
    client = CarrierLabelClient()
    paths = []
    for shipment in shipments:
        if shipment.label_path:
            continue
        shipment.label_path = str(client.download(shipment))
        paths.append(Path(shipment.label_path))
    return paths
