"""Client for submitting generation schedules to the grid dispatch interface."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from typing import Iterable

import requests


class DispatchEndpoint:
    """Base definition shared by every dispatch message sender."""

    SCHEME = "https"
    HOST = "192.168.120.4"
    PORT = 9443
    PREFIX = "/edl/v1"

    def url(self, path: str) -> str:
        return f"{self.SCHEME}://{self.HOST}:{self.PORT}{self.PREFIX}{path}"


class PhysicalNotificationSender(DispatchEndpoint):
    """Sends final physical notifications (FPNs) for the tidal array BMU."""

    def __init__(self, bmu_id: str, session: requests.Session | None = None) -> None:
        self.bmu_id = bmu_id
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['DISPATCH_API_TOKEN']}"

    def _payload(self, points: Iterable[tuple[datetime, float]]) -> dict:
        return {
            "bmu": self.bmu_id,
            "submitted": datetime.now(timezone.utc).isoformat(),
            "levels": [
                {"from": ts.astimezone(timezone.utc).isoformat(), "mw": round(mw, 3)}
                for ts, mw in points
            ],
        }

    def submit(self, points: Iterable[tuple[datetime, float]]) -> str:
        resp = self.session.post(
            self.url("/fpn"), json=self._payload(points), timeout=15
        )
        resp.raise_for_status()
        return resp.json()["acknowledgement_id"]

    def acknowledge_status(self, ack_id: str) -> str:
        resp = self.session.get(self.url(f"/fpn/{ack_id}"), timeout=10)
        resp.raise_for_status()
        return resp.json().get("status", "unknown")


def forecast_to_points(forecast_mw: list[float], start: datetime) -> list[tuple[datetime, float]]:
    """Turn a half-hourly tidal forecast into dispatch points."""
    from datetime import timedelta

    return [(start + timedelta(minutes=30 * i), mw) for i, mw in enumerate(forecast_mw)]


if __name__ == "__main__":
    sender = PhysicalNotificationSender(bmu_id=os.environ.get("BMU_ID", "T_TIDAL-1"))
    pts = forecast_to_points([4.2, 5.8, 7.1, 6.3], datetime.now(timezone.utc))
    print(sender.submit(pts))
