"""Pushes availability and rates to the channel manager.

Runs every ten minutes from cron. For each unit it sends the nightly
rate and open/closed status for the next 365 days so OTA listings stay
in step with direct bookings.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

import requests

from .inventory import nightly_rate, open_dates, unit_codes

log = logging.getLogger("channel_sync")


@dataclass
class ChannelConfig:
    base_url: str
    property_id: str
    api_key: str
    horizon_days: int = 365
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "ChannelConfig":
        return cls(
            base_url=os.environ["CHANNEL_BASE_URL"],
            property_id=os.environ["CHANNEL_PROPERTY_ID"],
            api_key=os.environ["CHANNEL_API_KEY"],
        )


class ChannelSync:
    def __init__(self, config: ChannelConfig) -> None:
        self.config = config
        self.http = requests.Session()
        self.http.headers.update({"Authorization": f"ApiKey {config.api_key}"})

    def _payload(self, unit: str, start: date) -> list[dict]:
        end = start + timedelta(days=self.config.horizon_days)
        available = set(open_dates(unit, start, end))
        days = []
        day = start
        while day < end:
            days.append(
                {
                    "date": day.isoformat(),
                    "open": day in available,
                    "rate": str(nightly_rate(unit, day)),
                }
            )
            day += timedelta(days=1)
        return days

    def push_unit(self, unit: str) -> None:
        resp = self.http.put(
            f"{self.config.base_url}/properties/{self.config.property_id}/units/{unit}/calendar",
            json={"days": self._payload(unit, date.today())},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()

    def run(self) -> int:
        log.info("starting channel sync with %s", self.config)
        failures = 0
        for unit in unit_codes():
            try:
                self.push_unit(unit)
            except requests.RequestException as exc:
                failures += 1
                log.error("calendar push failed for %s: %s", unit, exc)
        log.info("channel sync finished, %d failures", failures)
        return failures


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(1 if ChannelSync(ChannelConfig.from_env()).run() else 0)
