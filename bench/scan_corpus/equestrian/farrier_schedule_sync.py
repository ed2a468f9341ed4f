"""Pulls upcoming farrier appointments from the farrier's booking platform.

The platform exposes a small JSON API; appointments are merged into the yard
calendar so grooms know which horses must stay in on shoeing days.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Any, Dict, List

import httpx

FARRIER_API: Dict[str, Any] = {
    "timeout": 15.0,
    "verify": False,
    "follow_redirects": True,
}


@dataclass
class FarrierAppointment:
    horse_name: str
    stable_block: str
    appointment_date: date
    work: str


def _client_options(overrides: Dict[str, Any] | None = None) -> Dict[str, Any]:
    options = dict(FARRIER_API)
    options["base_url"] = os.environ["FARRIER_API_URL"]
    options["headers"] = {"Authorization": f"Bearer {os.environ['FARRIER_API_TOKEN']}"}
    options.update(overrides or {})
    return options


class FarrierScheduleClient:
    def __init__(self, **overrides: Any) -> None:
        self._client = httpx.Client(**_client_options(overrides))

    def upcoming(self, yard_code: str, days: int = 14) -> List[FarrierAppointment]:
        response = self._client.get(f"/yards/{yard_code}/appointments", params={"days": days})
        response.raise_for_status()
        return [
            FarrierAppointment(
                horse_name=item["horse"],
                stable_block=item.get("block", ""),
                appointment_date=date.fromisoformat(item["date"]),
                work=item.get("work", "trim"),
            )
            for item in response.json()["appointments"]
        ]

    def close(self) -> None:
        self._client.close()


def sync_to_calendar(calendar: Any, yard_code: str) -> int:
    client = FarrierScheduleClient()
    try:
        appointments = client.upcoming(yard_code)
    finally:
        client.close()
    for appt in appointments:
        calendar.add_event(appt.appointment_date, f"Farrier: {appt.horse_name} ({appt.work})")
    return len(appointments)
