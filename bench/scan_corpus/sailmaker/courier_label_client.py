"""Book couriers and print shipping labels for finished sails.

Sail bags are bulky; the courier API quotes by dimensions and returns a PDF
label that is printed at the dispatch bench.
"""
import os
from dataclasses import dataclass, asdict
from pathlib import Path

import requests

COURIER_API = "https://api.example-courier.com/v3"


@dataclass
class SailBag:
    order_id: int
    length_cm: int
    width_cm: int
    height_cm: int
    weight_kg: float


@dataclass
class Address:
    name: str
    street: str
    city: str
    postcode: str
    country: str


class CourierClient:
    def __init__(self, api_key: str | None = None, account: str | None = None):
        self.session = requests.Session()
        self.session.headers.update({
            "X-Api-Key": api_key or os.environ["COURIER_API_KEY"],
            "X-Account-Number": account or os.environ["COURIER_ACCOUNT"],
        })

    def quote(self, bag: SailBag, to: Address) -> dict:
        resp = self.session.post(f"{COURIER_API}/quotes",
                                 json={"parcel": asdict(bag), "to": asdict(to)}, timeout=20)
        resp.raise_for_status()
        return resp.json()

    def book(self, bag: SailBag, to: Address, service_code: str) -> str:
        resp = self.session.post(
            f"{COURIER_API}/shipments",
            json={"parcel": asdict(bag), "to": asdict(to), "service": service_code,
                  "reference": f"SAIL-{bag.order_id}"},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["shipment_id"]

    def save_label(self, shipment_id: str, folder: Path) -> Path:
        resp = self.session.get(f"{COURIER_API}/shipments/{shipment_id}/label", timeout=20)
        resp.raise_for_status()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"label-{int(shipment_id.split('-')[-1]):08d}.pdf"
        target.write_bytes(resp.content)
        return target
