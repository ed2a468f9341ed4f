"""Buys shipping labels from the parcel carrier for finished arrow orders."""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests

from fletcher.orders.models import Order

CARRIER_API = os.environ.get("CARRIER_API_URL", "https://api.parcelcarrier.example/v2")


@dataclass
class Label:
    tracking_number: str
    label_pdf_url: str
    cost_cents: int


def _carrier_session() -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['CARRIER_API_KEY']}"
    session.headers["Content-Type"] = "application/json"
    return session


def shipment_payload(order: Order) -> dict:
    return {
        "service": "ground" if order.total < 200 else "express",
        "reference": order.number,
        "to": {
            "name": order.ship_name,
            "line1": order.ship_line1,
            "city": order.ship_city,
            "postcode": order.ship_postcode,
            "country": order.ship_country,
        },
        "parcel": {"length_cm": 95, "width_cm": 10, "height_cm": 10, "weight_g": order.shipping_weight_g},
    }


def buy_label(order: Order) -> Label:
    with _carrier_session() as session:
        resp = session.post(f"{CARRIER_API}/shipments", json=shipment_payload(order), timeout=20)
        resp.raise_for_status()
        data = resp.json()
    return Label(data["tracking_number"], data["label_url"], data["rate"]["amount_cents"])


def void_label(tracking_number: str) -> None:
    with _carrier_session() as session:
        session.delete(f"{CARRIER_API}/shipments/{tracking_number}", timeout=20).raise_for_status()
