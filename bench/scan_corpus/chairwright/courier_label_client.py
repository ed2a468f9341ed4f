"""Book collections and fetch shipping labels for boxed chairs and flat-pack stool kits."""
import os
from dataclasses import dataclass, asdict

import httpx

COURIER_API = "https://api.parcelcourier-business.co.uk/v1"
# The courier's business API is served from their private PKI; their CA bundle is shipped
# with the deployment so the client can verify it.
COURIER_CA_BUNDLE = os.environ.get("COURIER_CA_BUNDLE", "/etc/chairwright/certs/courier-ca.pem")


@dataclass
class Parcel:
    weight_kg: float
    length_cm: int
    width_cm: int
    height_cm: int


@dataclass
class Address:
    name: str
    line1: str
    town: str
    postcode: str
    country: str = "GB"


class CourierClient:
    def __init__(self, account: str | None = None, api_key: str | None = None):
        self._client = httpx.Client(
            base_url=COURIER_API,
            verify=COURIER_CA_BUNDLE,
            headers={
                "X-Account": account or os.environ["COURIER_ACCOUNT"],
                "X-Api-Key": api_key or os.environ["COURIER_API_KEY"],
            },
            timeout=httpx.Timeout(20.0, connect=5.0),
        )

    def book(self, order_ref: str, to: Address, parcels: list[Parcel], service: str = "NEXT_DAY") -> dict:
        resp = self._client.post(
            "/shipments",
            json={
                "reference": order_ref,
                "service": service,
                "recipient": asdict(to),
                "parcels": [asdict(p) for p in parcels],
            },
        )
        resp.raise_for_status()
        return resp.json()

    def label_pdf(self, shipment_id: str) -> bytes:
        resp = self._client.get(f"/shipments/{shipment_id}/label", params={"format": "PDF"})
        resp.raise_for_status()
        return resp.content

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
