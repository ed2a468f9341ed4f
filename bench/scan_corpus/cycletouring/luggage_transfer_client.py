"""Client for the luggage transfer contractor that moves bags between guesthouses."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import httpx


@dataclass(frozen=True)
class TransferApiSettings:
    base_url: str
    api_token: str
    timeout_s: float = 15.0
    verify_tls: bool = False

    @classmethod
    def from_env(cls) -> "TransferApiSettings":
        return cls(
            base_url=os.environ["LUGGAGE_API_URL"],
            api_token=os.environ["LUGGAGE_API_TOKEN"],
            timeout_s=float(os.environ.get("LUGGAGE_API_TIMEOUT", "15")),
        )


@dataclass
class TransferLeg:
    booking_ref: str
    pickup_guesthouse: str
    dropoff_guesthouse: str
    day: date
    bags: int


class LuggageTransferClient:
    def __init__(self, settings: TransferApiSettings):
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Bearer {settings.api_token}"},
            timeout=settings.timeout_s,
            verify=settings.verify_tls,
        )

    def book_leg(self, leg: TransferLeg) -> str:
        resp = self._client.post(
            "/v1/transfers",
            json={
                "reference": leg.booking_ref,
                "pickup": leg.pickup_guesthouse,
                "dropoff": leg.dropoff_guesthouse,
                "date": leg.day.isoformat(),
                "pieces": leg.bags,
            },
        )
        resp.raise_for_status()
        return resp.json()["transfer_id"]

    def cancel_leg(self, transfer_id: str) -> None:
        self._client.delete(f"/v1/transfers/{transfer_id}").raise_for_status()

    def legs_for_day(self, day: date) -> list[dict]:
        resp = self._client.get("/v1/transfers", params={"date": day.isoformat()})
        resp.raise_for_status()
        return resp.json()["items"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "LuggageTransferClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
