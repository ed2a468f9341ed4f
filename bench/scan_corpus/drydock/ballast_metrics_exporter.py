"""Prometheus exporter for ballast pump counters, scraped by the sidecar on the same host."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

from prometheus_client import Counter, Gauge, start_http_server

PUMP_FLOW = Gauge("ballast_pump_flow_m3h", "Pump flow rate", ["dock", "pump"])
PUMP_AMPS = Gauge("ballast_pump_motor_amps", "Pump motor current", ["dock", "pump"])
PUMP_TRIPS = Counter("ballast_pump_trips_total", "Motor protection trips", ["dock", "pump"])


@dataclass
class ExporterSettings:
    listen_addr: str = "127.0.0.1"
    listen_port: int = field(default_factory=lambda: int(os.environ.get("BALLAST_METRICS_PORT", "9311")))
    poll_seconds: float = 5.0


class BallastExporter:
    def __init__(self, plc, docks: dict[str, list[str]], settings: ExporterSettings | None = None) -> None:
        self._plc = plc
        self._docks = docks
        self.settings = settings or ExporterSettings()
        self._last_trips: dict[tuple[str, str], int] = {}

    def _collect(self) -> None:
        for dock, pumps in self._docks.items():
            for pump in pumps:
                regs = self._plc.read_registers(pump)
                PUMP_FLOW.labels(dock, pump).set(regs["flow"])
                PUMP_AMPS.labels(dock, pump).set(regs["amps"])
                key = (dock, pump)
                delta = regs["trip_count"] - self._last_trips.get(key, regs["trip_count"])
                if delta > 0:
                    PUMP_TRIPS.labels(dock, pump).inc(delta)
                self._last_trips[key] = regs["trip_count"]

    def serve_forever(self) -> None:
        start_http_server(self.settings.listen_port, addr=self.settings.listen_addr)
        while True:
            self._collect()
            time.sleep(self.settings.poll_seconds)
