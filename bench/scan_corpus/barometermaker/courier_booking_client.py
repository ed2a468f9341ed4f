"""Book insured courier collections for finished instruments.

Mercury stick barometers must travel upright with a specialist courier;
this client books the collection and fetches the label.
"""
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import requests


@dataclass
class Parcel:
    job_id: int
    length_cm: int
    width_cm: int
    height_cm: int
    weight_kg: float
    declared_value_gbp: int
    contains_mercury: bool = False
    keep_upright: bool = True


@dataclass
class Address:
    name: str
    line1: str
    town: str
    postcode: str
    country: str = "GB"


class CourierClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = base_url or os.environ.get("COURIER_API_URL", "https://api.finearts-courier.example/v3")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key or os.environ['COURIER_API_KEY']}"

    def book(self, parcel: Parcel, sender: Address, recipient: Address) -> dict:
        body = {
            "reference": f"JOB-{parcel.job_id}",
            "parcel": asdict(parcel),
            "from": asdict(sender),
            "to": asdict(recipient),
            "service": "fine-art-upright" if parcel.keep_upright else "fine-art",
            "hazard": "UN2809" if parcel.contains_mercury else None,
        }
        resp = self.session.post(f"{self.base_url}/collections", json=body, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def download_label(self, booking_id: str, dest_dir: Path) -> Path:
        resp = self.session.get(f"{self.base_url}/collections/{booking_id}/label", timeout=30)
        resp.raise_for_status()
        dest = dest_dir / f"label-{booking_id.replace('/', '_')}.pdf"
        dest.write_bytes(resp.content)
        return dest
