"""Polls the charger daemon on the workshop bench PC while e-bike batteries are on test charge."""
from __future__ import annotations

import json
import logging
import socket
import time
from dataclasses import dataclass
from typing import Dict, Iterator

log = logging.getLogger("bench.charger")


@dataclass(frozen=True)
class DaemonEndpoint:
    host: str = "127.0.0.1"
    port: int = 8765
    timeout: float = 2.0


@dataclass
class ChargeReading:
    bay: int
    voltage: float
    current: float
    temp_c: float

    @property
    def overheating(self) -> bool:
        return self.temp_c >= 45.0


class ChargerDaemonClient:
    def __init__(self, endpoint: DaemonEndpoint = DaemonEndpoint()) -> None:
        self.endpoint = endpoint

    def _query(self, command: Dict[str, object]) -> Dict[str, object]:
        addr = (self.endpoint.host, self.endpoint.port)
        with socket.create_connection(addr, timeout=self.endpoint.timeout) as conn:
            conn.sendall(json.dumps(command).encode() + b"\n")
            reply = conn.makefile("r", encoding="utf-8").readline()
        return json.loads(reply)

    def readings(self) -> Iterator[ChargeReading]:
        data = self._query({"cmd": "status"})
        for bay in data.get("bays", []):
            yield ChargeReading(bay["bay"], bay["v"], bay["a"], bay["temp"])

    def stop_bay(self, bay: int) -> None:
        self._query({"cmd": "stop", "bay": bay})


def watch(interval_s: float = 10.0) -> None:
    client = ChargerDaemonClient()
    while True:
        for reading in client.readings():
            if reading.overheating:
                log.warning("bay %d at %.1f C, stopping charge", reading.bay, reading.temp_c)
                client.stop_bay(reading.bay)
        time.sleep(interval_s)
