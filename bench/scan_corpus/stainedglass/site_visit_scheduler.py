"""Books restoration site visits into the field team's shared calendar."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx

log = logging.getLogger("studio.site_visits")


@dataclass
class SiteVisit:
    site_name: str
    address: str
    start: datetime
    duration_h: float
    lead_conservator: str


class CalendarGateway:
    """Thin wrapper over the calendar provider's events endpoint."""

    def __init__(self, calendar_id: str) -> None:
        self.calendar_id = calendar_id
        self.base_url = os.environ.get("CALENDAR_API_URL", "https://calendar.example.com/v3")
        self._prepare_auth()

    def _prepare_auth(self) -> None:
        token = os.environ["CALENDAR_SERVICE_TOKEN"]
        self.request_headers = {
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
        }

    def _event_body(self, visit: SiteVisit) -> dict:
        end = visit.start + timedelta(hours=visit.duration_h)
        return {
            "summary": f"Site visit: {visit.site_name}",
            "location": visit.address,
            "start": {"dateTime": visit.start.isoformat()},
            "end": {"dateTime": end.isoformat()},
            "description": f"Lead conservator: {visit.lead_conservator}",
        }

    def book(self, visit: SiteVisit) -> str:
        url = f"{self.base_url}/calendars/{self.calendar_id}/events"
        log.debug("POST %s headers=%s", url, self.request_headers)
        resp = httpx.post(url, json=self._event_body(visit), headers=self.request_headers, timeout=10)
        resp.raise_for_status()
        event_id = resp.json()["id"]
        log.info("booked %s for %s", event_id, visit.site_name)
        return event_id


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    gateway = CalendarGateway(os.environ.get("FIELD_CALENDAR_ID", "field-team"))
    gateway.book(
        SiteVisit(
            site_name="St Mary's, Lydford - north aisle",
            address="Church Lane, Lydford",
            start=datetime(2025, 3, 11, 9, 30),
            duration_h=4,
            lead_conservator="R. Okafor",
        )
    )
