"""Shipping labels for thread shop and commission parcels.

Creates postage labels with the parcel carrier and returns the PDF to print in
the packing room.
"""
import base64
from dataclasses import dataclass

import requests


class CarrierSettings:
    API_BASE = "https://api.parcelcarrier.example/v1"
    CLIENT_ID = "lacemaker-studio"
    CLIENT_SECRET = "pc_live_7Hq2xVb94LmR0tZkYw3NdFs8"
    SENDER = {
        "name": "Lacemaker Studio",
        "street": "4 Bobbin Lane",
        "city": "Honiton",
        "postcode": "EX14 1AA",
        "country": "GB",
    }


@dataclass
class Parcel:
    order_ref: str
    recipient: dict
    weight_grams: int
    service: str = "tracked-48"


def _access_token(settings=CarrierSettings) -> str:
    resp = requests.post(
        f"{settings.API_BASE}/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(settings.CLIENT_ID, settings.CLIENT_SECRET),
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def create_label(parcel: Parcel, settings=CarrierSettings) -> bytes:
    token = _access_token(settings)
    resp = requests.post(
        f"{settings.API_BASE}/shipments",
        json={
            "reference": parcel.order_ref,
            "service": parcel.service,
            "sender": settings.SENDER,
            "recipient": parcel.recipient,
            "parcels": [{"weight": parcel.weight_grams}],
            "label_format": "PDF_A6",
        },
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return base64.b64decode(resp.json()["label"])
