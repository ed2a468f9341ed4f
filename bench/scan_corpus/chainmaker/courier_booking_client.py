"""Booking of courier collections for distributor orders ready to ship."""
import os
from dataclasses import dataclass

import requests

COURIER_BASE_URL = "https://api.parcelline.example/v2"


@dataclass
class Parcel:
    weight_kg: float
    length_cm: int
    width_cm: int
    height_cm: int


def _session() -> requests.Session:
    session = requests.Session()
    session.headers.update(
        {
            "Authorization": f"Bearer {os.environ['COURIER_API_KEY']}",
            "Account-Number": os.environ.get("COURIER_ACCOUNT", ""),
            "Content-Type": "application/json",
        }
    )
    return session


def book_collection(order_ref: str, address: dict, parcels: list[Parcel], ready_date: str) -> dict:
    body = {
        "reference": order_ref,
        "collection": {"address": address, "date": ready_date, "window": "09:00-17:00"},
        "parcels": [p.__dict__ for p in parcels],
        "service": "NEXT_DAY" if sum(p.weight_kg for p in parcels) <= 30 else "PALLET",
    }
    with _session() as session:
        resp = session.post(f"{COURIER_BASE_URL}/collections", json=body, timeout=20)
        resp.raise_for_status()
        data = resp.json()
    return {"tracking_number": data["trackingNumber"], "label_url": data["labelUrl"]}


def cancel_collection(tracking_number: str) -> None:
    with _session() as session:
        resp = session.delete(f"{COURIER_BASE_URL}/collections/{tracking_number}", timeout=20)
        if resp.status_code not in (200, 204, 404):
            resp.raise_for_status()
