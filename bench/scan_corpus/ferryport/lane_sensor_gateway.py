"""Read vehicle-presence loop detectors in the check-in lanes over the sensor gateway's TCP feed."""

from __future__ import annotations

import logging
import os
import socket
from dataclasses import dataclass, field
from typing import Iterator

log = logging.getLogger("lanes.sensors")


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw else default


@dataclass(frozen=True)
class GatewayEndpoint:
    host: str = field(default_factory=lambda: os.environ["LANE_SENSOR_GATEWAY_HOST"])
    port: int = field(default_factory=lambda: _env_int("LANE_SENSOR_GATEWAY_PORT", 10001))
    connect_timeout_s: float = 5.0


@dataclass
class LoopEvent:
    lane: str
    occupied: bool
    raw: str


def parse_frame(line: str) -> LoopEvent | None:
    # frames look like "L07,1" -> lane 07 occupied
    parts = line.strip().split(",")
    if len(parts) != 2 or not parts[0].startswith("L"):
        return None
    return LoopEvent(lane=parts[0][1:], occupied=parts[1] == "1", raw=line.strip())


class SensorFeed:
    def __init__(self, endpoint: GatewayEndpoint | None = None) -> None:
        self.endpoint = endpoint or GatewayEndpoint()

    def events(self) -> Iterator[LoopEvent]:
        addr = (self.endpoint.host, self.endpoint.port)
        with socket.create_connection(addr, timeout=self.endpoint.connect_timeout_s) as sock:
            sock.settimeout(None)
            with sock.makefile("r", encoding="ascii", newline="\n") as stream:
                for line in stream:
                    event = parse_frame(line)
                    if event is None:
                        log.debug("discarding frame %r", line)
                        continue
                    yield event


def occupancy_snapshot(feed: SensorFeed, max_events: int = 200) -> dict[str, bool]:
    state: dict[str, bool] = {}
    for i, event in enumerate(feed.events()):
        state[event.lane] = event.occupied
        if i + 1 >= max_events:
            break
    return state
