"""Poll compressor-station unit controllers over Modbus/TCP and publish readings."""
from __future__ import annotations

import logging
import time
from typing import NamedTuple

from pymodbus.client import ModbusTcpClient

log = logging.getLogger("compressor.poller")


class UnitEndpoint(NamedTuple):
    host: str
    port: int
    unit_id: int


STATION_ENDPOINTS: dict[str, UnitEndpoint] = {
    "CS-07-A": UnitEndpoint("172.19.4.21", 502, 1),
    "CS-07-B": UnitEndpoint("172.19.4.22", 502, 1),
    "CS-11-A": UnitEndpoint("172.19.9.21", 502, 3),
}

REGISTER_MAP = {
    "suction_psig": 40001,
    "discharge_psig": 40003,
    "unit_rpm": 40005,
    "bearing_temp_f": 40007,
}


def _read_unit(name: str, endpoint: UnitEndpoint) -> dict[str, float]:
    client = ModbusTcpClient(endpoint.host, port=endpoint.port, timeout=3)
    readings: dict[str, float] = {}
    try:
        if not client.connect():
            log.warning("unit %s unreachable", name)
            return readings
        for label, register in REGISTER_MAP.items():
            rr = client.read_holding_registers(register - 40001, count=1, slave=endpoint.unit_id)
            if rr.isError():
                log.warning("unit %s register %s error", name, register)
                continue
            readings[label] = rr.registers[0] / 10.0
    finally:
        client.close()
    return readings


def poll_once() -> dict[str, dict[str, float]]:
    return {name: _read_unit(name, ep) for name, ep in STATION_ENDPOINTS.items()}


def run(interval_s: float = 15.0) -> None:
    while True:
        started = time.monotonic()
        snapshot = poll_once()
        for unit, values in snapshot.items():
            log.info("%s %s", unit, values)
        time.sleep(max(0.0, interval_s - (time.monotonic() - started)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
