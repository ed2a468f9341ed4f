"""Pushes aggregated road weather station readings to the regional collector."""
from __future__ import annotations

import logging
import statistics
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable

import requests

log = logging.getLogger("winter.rws")


@dataclass(frozen=True)
class Reading:
    station_id: str
    surface_temp_c: float
    air_temp_c: float
    friction: float


class RegionalCollector:
    ENDPOINT = "http://172.16.40.21:8088/rws/ingest"
    TIMEOUT = (3.05, 10)

    def __init__(self, session: requests.Session | None = None) -> None:
        self.session = session or requests.Session()

    @staticmethod
    def aggregate(readings: Iterable[Reading]) -> dict[str, dict[str, float]]:
        grouped: dict[str, list[Reading]] = {}
        for r in readings:
            grouped.setdefault(r.station_id, []).append(r)
        return {
            sid: {
                "surface_temp_min": min(r.surface_temp_c for r in rs),
                "air_temp_mean": round(statistics.fmean(r.air_temp_c for r in rs), 2),
                "friction_min": min(r.friction for r in rs),
                "samples": len(rs),
            }
            for sid, rs in grouped.items()
        }

    def push(self, readings: Iterable[Reading]) -> int:
        body = {
            "sent_at": datetime.now(timezone.utc).isoformat(),
            "stations": self.aggregate(readings),
        }
        resp = self.session.post(self.ENDPOINT, json=body, timeout=self.TIMEOUT)
        resp.raise_for_status()
        log.info("pushed %d stations to regional collector", len(body["stations"]))
        return len(body["stations"])
