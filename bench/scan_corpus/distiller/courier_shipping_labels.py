"""Shipping labels for bottle orders and cask sample dispatch.

Creates consignments with the courier's REST API and stores the returned
label PDF against the order. The courier key is supplied by the
deployment environment.
"""
import base64
import os
from dataclasses import dataclass

import requests

COURIER_API = "https://api.parcelcourier.example.com/v3"


@dataclass
class Consignment:
    order_ref: str
    recipient: str
    address_lines: list[str]
    postcode: str
    weight_kg: float
    contains_alcohol: bool = True


def _courier_session() -> requests.Session:
    session = requests.Session()
    session.headers["X-Api-Key"] = os.environ["COURIER_API_KEY"]
    session.headers["Accept"] = "application/json"
    return session


def create_label(consignment: Consignment) -> bytes:
    payload = {
        "reference": consignment.order_ref,
        "recipient": {
            "name": consignment.recipient,
            "address": consignment.address_lines,
            "postcode": consignment.postcode,
        },
        "parcels": [{"weight_kg": consignment.weight_kg}],
        "service": "next_day_age_verified" if consignment.contains_alcohol else "next_day",
    }
    with _courier_session() as session:
        resp = session.post(f"{COURIER_API}/consignments", json=payload, timeout=20)
        resp.raise_for_status()
        return base64.b64decode(resp.json()["label_pdf"])
