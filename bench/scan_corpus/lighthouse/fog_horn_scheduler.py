"""Schedule fog horn test soundings via the station's signal relay service."""
from __future__ import annotations

import json
import logging
import os
import socket
from dataclasses import dataclass
from datetime import datetime, time, timedelta

log = logging.getLogger("station.horn_tests")


@dataclass(frozen=True)
class RelayAddress:
    host: str
    port: int

    @classmethod
    def from_env(cls) -> "RelayAddress":
        return cls(
            host=os.environ["SIGNAL_RELAY_HOST"],
            port=int(os.environ.get("SIGNAL_RELAY_PORT", "7401")),
        )


def next_test_slot(now: datetime, test_time: time = time(11, 0)) -> datetime:
    """Weekly tests run on Mondays at ``test_time`` local time."""
    days_ahead = (0 - now.weekday()) % 7
    candidate = datetime.combine(now.date() + timedelta(days=days_ahead), test_time)
    if candidate <= now:
        candidate += timedelta(days=7)
    return candidate


def send_command(addr: RelayAddress, command: dict, timeout: float = 5.0) -> dict:
    payload = (json.dumps(command) + "\n").encode("utf-8")
    with socket.create_connection((addr.host, addr.port), timeout=timeout) as sock:
        sock.sendall(payload)
        reply = sock.makefile("r", encoding="utf-8").readline()
    return json.loads(reply)


def schedule_weekly_test(station: str, duration_s: int = 30) -> datetime:
    addr = RelayAddress.from_env()
    slot = next_test_slot(datetime.now())
    result = send_command(
        addr,
        {"op": "schedule", "station": station, "at": slot.isoformat(), "duration": duration_s},
    )
    if result.get("status") != "queued":
        raise RuntimeError(f"relay refused horn test for {station}: {result}")
    log.info("horn test for %s queued at %s", station, slot)
    return slot
