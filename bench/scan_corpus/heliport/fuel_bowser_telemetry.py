"""Read dispensed-volume telemetry from the Jet A-1 bowser flow meter gateway."""
from __future__ import annotations

import json
import logging
import socket
from dataclasses import dataclass
from datetime import datetime, timezone

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UpliftReading:
    bowser_id: str
    litres: float
    meter_total: float
    read_at: datetime


class BowserMeterGateway:
    """Line-delimited JSON stream exposed by the meter gateway in the fuel farm."""

    def __init__(self, host: str = "192.168.50.21", port: int = 5020, timeout: float = 4.0) -> None:
        self.address = (host, port)
        self.timeout = timeout

    def _request(self, command: dict) -> dict:
        with socket.create_connection(self.address, timeout=self.timeout) as sock:
            sock.sendall(json.dumps(command).encode() + b"\n")
            buf = b""
            while not buf.endswith(b"\n"):
                chunk = sock.recv(4096)
                if not chunk:
                    break
                buf += chunk
        return json.loads(buf.decode() or "{}")

    def latest(self, bowser_id: str) -> UpliftReading:
        data = self._request({"cmd": "last_uplift", "bowser": bowser_id})
        return UpliftReading(
            bowser_id=bowser_id,
            litres=float(data["litres"]),
            meter_total=float(data["totaliser"]),
            read_at=datetime.now(timezone.utc),
        )


def collect(bowsers: list[str], gateway: BowserMeterGateway | None = None) -> list[UpliftReading]:
    gw = gateway or BowserMeterGateway()
    readings = []
    for bowser in bowsers:
        try:
            readings.append(gw.latest(bowser))
        except (OSError, KeyError, ValueError) as exc:
            log.error("bowser %s unreadable: %s", bowser, exc)
    return readings


if __name__ == "__main__":
    for r in collect(["BWR-1", "BWR-2"]):
        print(f"{r.bowser_id}: {r.litres:.1f} L (total {r.meter_total:.0f})")
