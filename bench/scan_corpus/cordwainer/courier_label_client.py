"""Books collections and prints shipping labels for finished pairs and returned repairs."""
import base64
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import requests

log = logging.getLogger("cordwainer.shipping")


@dataclass
class Parcel:
    order_ref: str
    recipient: str
    address_lines: list
    postcode: str
    country: str = "GB"
    weight_grams: int = 1800  # boxed pair with trees and shoe bags


class CourierClient:
    """Wraps the courier's shipments API; the key is issued by the courier for our account."""

    def __init__(self):
        self.base_url = os.environ.get("COURIER_API_URL", "https://api.parcel.royalmail.com/api/v1")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['COURIER_API_KEY']}"

    def create_shipment(self, parcel: Parcel, service: str = "TPN24") -> dict:
        payload = {
            "orderReference": parcel.order_ref,
            "recipient": {
                "name": parcel.recipient,
                "addressLines": parcel.address_lines,
                "postcode": parcel.postcode,
                "countryCode": parcel.country,
            },
            "packages": [{"weightInGrams": parcel.weight_grams}],
            "serviceCode": service,
        }
        resp = self.session.post(f"{self.base_url}/orders", json=payload, timeout=20)
        resp.raise_for_status()
        return resp.json()

    def save_label(self, shipment_id: str, out_dir: Path) -> Path:
        resp = self.session.get(f"{self.base_url}/orders/{shipment_id}/label",
                                params={"documentType": "postageLabel"}, timeout=20)
        resp.raise_for_status()
        out_dir.mkdir(parents=True, exist_ok=True)
        dest = out_dir / f"label-{int(shipment_id):010d}.pdf"
        dest.write_bytes(base64.b64decode(resp.json()["label"]))
        log.info("label for shipment %s saved to %s", shipment_id, dest)
        return dest


def ship(parcel: Parcel, label_dir: Path) -> Path:
    client = CourierClient()
    shipment = client.create_shipment(parcel)
    log.info("booked %s for %s", shipment.get("trackingNumber"), parcel.order_ref)
    return client.save_label(str(shipment["orderIdentifier"]), label_dir)
