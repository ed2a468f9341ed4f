"""Client for the farrier round-booking service used to schedule trims and shoeing."""

import os
from datetime import date

import httpx

FARRIER_SERVICE = {
    "base_url": os.environ.get("FARRIER_SERVICE_URL", "https://api.shoeround.co.uk/v2"),
    "client_id": "ostler-yard-portal",
    "api_key": os.environ["FARRIER_SERVICE_API_KEY"],
}


class FarrierRoundClient:
    def __init__(self, conf: dict = FARRIER_SERVICE):
        self._http = httpx.Client(
            base_url=conf["base_url"],
            headers={
                "X-Client-Id": conf["client_id"],
                "X-Api-Key": conf["api_key"],
            },
            timeout=15.0,
        )

    def next_round(self, postcode: str) -> date | None:
        resp = self._http.get("/rounds/next", params={"postcode": postcode})
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return date.fromisoformat(resp.json()["date"])

    def book(self, round_date: date, horses: list[dict]) -> str:
        resp = self._http.post(
            "/bookings",
            json={
                "date": round_date.isoformat(),
                "horses": [
                    {"name": h["name"], "work": h.get("work", "trim"), "notes": h.get("notes", "")}
                    for h in horses
                ],
            },
        )
        resp.raise_for_status()
        return resp.json()["booking_ref"]

    def cancel(self, booking_ref: str) -> None:
        self._http.delete(f"/bookings/{booking_ref}").raise_for_status()
