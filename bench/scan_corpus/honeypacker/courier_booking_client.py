"""Book pallet collections with the courier for wholesale honey orders."""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass
class CollectionRequest:
    order_ref: str
    pallets: int
    gross_kg: float
    delivery_postcode: str
    collection_date: str
    fragile: bool = True


@dataclass(frozen=True)
class CourierConfig:
    base_url: str
    api_key: str
    account_no: str

    @classmethod
    def from_env(cls) -> "CourierConfig":
        return cls(
            base_url=os.environ["COURIER_API_URL"],
            api_key=os.environ["COURIER_API_KEY"],
            account_no=os.environ["COURIER_ACCOUNT_NO"],
        )


class CourierBookingClient:
    def __init__(self, config: CourierConfig) -> None:
        self._config = config
        self._http = httpx.Client(
            base_url=config.base_url,
            headers={"Authorization": f"Bearer {config.api_key}", "Accept": "application/json"},
            timeout=20.0,
        )

    def book(self, req: CollectionRequest) -> str:
        body = {"account": self._config.account_no, **asdict(req), "service": "PALLET_ECONOMY"}
        resp = self._http.post("/v1/collections", json=body)
        if resp.status_code in (401, 403):
            raise PermissionError(f"courier rejected account {self._config.account_no}")
        resp.raise_for_status()
        consignment = resp.json()["consignment"]
        log.info("booked %d pallets for %s: %s", req.pallets, req.order_ref, consignment)
        return consignment

    def cancel(self, consignment: str) -> None:
        self._http.delete(f"/v1/collections/{consignment}").raise_for_status()

    def close(self) -> None:
        self._http.close()


def book_from_env(req: CollectionRequest) -> str:
    client = CourierBookingClient(CourierConfig.from_env())
    try:
        return client.book(req)
    finally:
        client.close()
