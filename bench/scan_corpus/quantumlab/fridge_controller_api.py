"""Client for the dilution refrigerator controller REST API.

The controllers present certificates issued by the facility's internal CA;
the CA bundle path is part of the monitoring service configuration.
"""
import logging
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ControllerConfig:
    base_url: str
    username: str
    password: str
    ca_bundle: str
    timeout: float = 5.0


class FridgeController:
    def __init__(self, cfg: ControllerConfig):
        self._cfg = cfg
        self._session = requests.Session()
        self._session.auth = (cfg.username, cfg.password)
        self._session.verify = cfg.ca_bundle

    def _get(self, path: str) -> dict:
        resp = self._session.get(f"{self._cfg.base_url.rstrip('/')}{path}", timeout=self._cfg.timeout)
        resp.raise_for_status()
        return resp.json()

    def mixing_chamber_temperature(self) -> float:
        return float(self._get("/api/v1/channels/MXC/latest")["value"])

    def pressures(self) -> dict[str, float]:
        data = self._get("/api/v1/pressures")
        return {p["gauge"]: float(p["value"]) for p in data["gauges"]}

    def is_circulating(self) -> bool:
        state = self._get("/api/v1/state")
        log.debug("controller state: %s", state.get("mode"))
        return state.get("mode") == "circulating"
