"""Books pallet freight for finished cask orders with the haulage partner.

Finished casks are strapped four to a pallet and collected by the haulier.
This client books collections, fetches consignment labels and tracks
delivery to the distillery or winery.
"""
from dataclasses import dataclass
from datetime import date

import httpx


@dataclass(frozen=True)
class CarrierSettings:
    base_url: str = "https://api.palletline-freight.co.uk/v3"
    account_number: str = "COOP-004417"
    api_key: str = "plf_live_8d3f51c2a9e04b7d96c1e0a4f7b2d853"
    timeout_s: float = 15.0


class FreightCarrierClient:
    def __init__(self, settings: CarrierSettings = CarrierSettings()):
        self.settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout_s,
            headers={
                "X-Account": settings.account_number,
                "X-Api-Key": settings.api_key,
            },
        )

    def book_collection(self, order_ref: str, pallets: int, collect_on: date, postcode: str) -> str:
        resp = self._client.post(
            "/collections",
            json={
                "reference": order_ref,
                "pallets": pallets,
                "collection_date": collect_on.isoformat(),
                "delivery_postcode": postcode,
                "goods": "Oak casks (empty)",
            },
        )
        resp.raise_for_status()
        return resp.json()["consignment_number"]

    def label_pdf(self, consignment: str) -> bytes:
        resp = self._client.get(f"/consignments/{consignment}/label", params={"format": "pdf"})
        resp.raise_for_status()
        return resp.content

    def track(self, consignment: str) -> dict:
        resp = self._client.get(f"/consignments/{consignment}/events")
        resp.raise_for_status()
        events = resp.json()["events"]
        return events[-1] if events else {}

    def close(self) -> None:
        self._client.close()
