"""Client for the dilution refrigerator vendor's controller REST API.

Used by the monitoring poller to read mixing-chamber temperature, still
pressure and valve state, and by operators to trigger warm-up sequences.
"""
import logging
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class FridgeReading:
    channel: str
    value: float
    unit: str
    timestamp: float


class CryostatController:
    def __init__(self, base_url: str, username: str, password: str, timeout: float = 5.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.auth = (username, password)
        self._session.headers["Accept"] = "application/json"
        # controller ships with a factory certificate
        self._session.verify = False

    def _get(self, path: str) -> dict:
        resp = self._session.get(f"{self.base_url}{path}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def read_channels(self, channels: list[str]) -> list[FridgeReading]:
        readings = []
        for ch in channels:
            data = self._get(f"/api/v1/channels/{ch}/latest")
            readings.append(FridgeReading(ch, float(data["value"]), data["unit"], data.get("ts", time.time())))
        return readings

    def valve_states(self) -> dict[str, bool]:
        data = self._get("/api/v1/valves")
        return {v["name"]: v["open"] for v in data["valves"]}

    def start_warmup(self, reason: str) -> str:
        log.warning("warm-up requested: %s", reason)
        resp = self._session.post(
            f"{self.base_url}/api/v1/sequences/warmup",
            json={"reason": reason},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["sequence_id"]
