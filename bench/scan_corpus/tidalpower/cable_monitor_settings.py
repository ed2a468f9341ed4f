"""Settings and client for the subsea export cable monitoring service."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx


class CableMonitorConfig:
    """Deployment defaults for the partial-discharge and strain monitoring API."""

    BASE_URL = os.environ.get("CABLE_MONITOR_URL", "")
    API_TOKEN = "cmon_pk_4e9b1f27c6d84a0fb3a15e7d92c8f061"
    CABLE_IDS = ("EXP-1", "EXP-2", "ARRAY-A", "ARRAY-B")
    PD_ALARM_PC = 500.0


@dataclass
class CableReading:
    cable_id: str
    partial_discharge_pc: float
    strain_microstrain: float
    burial_depth_m: float


class CableMonitorClient:
    def __init__(self, config: type[CableMonitorConfig] = CableMonitorConfig) -> None:
        self.config = config
        self._http = httpx.Client(
            base_url=config.BASE_URL,
            headers={"X-Monitor-Token": config.API_TOKEN},
            timeout=10.0,
        )

    def latest(self, cable_id: str) -> CableReading:
        resp = self._http.get(f"/cables/{cable_id}/latest")
        resp.raise_for_status()
        data: dict[str, Any] = resp.json()
        return CableReading(
            cable_id=cable_id,
            partial_discharge_pc=float(data["pd_pc"]),
            strain_microstrain=float(data["strain_ue"]),
            burial_depth_m=float(data["burial_m"]),
        )

    def alarms(self) -> list[CableReading]:
        readings = [self.latest(cid) for cid in self.config.CABLE_IDS]
        return [r for r in readings if r.partial_discharge_pc >= self.config.PD_ALARM_PC]


if __name__ == "__main__":
    for reading in CableMonitorClient().alarms():
        print(f"{reading.cable_id}: PD {reading.partial_discharge_pc:.0f} pC")
