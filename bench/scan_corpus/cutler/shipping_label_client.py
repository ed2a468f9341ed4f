"""Create courier labels for outgoing blade orders and returned sharpening parcels."""
import os
from dataclasses import asdict, dataclass
from typing import Optional

import httpx

CARRIER_BASE_URL = os.environ.get("PARCELCO_BASE_URL", "https://api.parcelco.com/v3")


@dataclass
class Address:
    name: str
    line1: str
    city: str
    postcode: str
    country: str = "GB"
    line2: Optional[str] = None


@dataclass
class Parcel:
    weight_g: int
    length_mm: int
    width_mm: int
    height_mm: int
    contents: str = "Kitchen knives (age-restricted, signature on delivery)"


class ParcelCoClient:
    def __init__(self, api_key: Optional[str] = None, base_url: str = CARRIER_BASE_URL):
        self._client = httpx.Client(
            base_url=base_url,
            headers={"X-Api-Key": api_key or os.environ["PARCELCO_API_KEY"]},
            timeout=20.0,
        )

    def create_label(self, reference: str, ship_to: Address, parcel: Parcel) -> dict:
        resp = self._client.post(
            "/shipments",
            json={
                "reference": reference,
                "service": "next_day_signed_age_verified",
                "recipient": asdict(ship_to),
                "parcel": asdict(parcel),
                "label_format": "PDF_A6",
            },
        )
        resp.raise_for_status()
        data = resp.json()
        return {"tracking_number": data["tracking_number"], "label_url": data["label"]["url"]}

    def close(self) -> None:
        self._client.close()
