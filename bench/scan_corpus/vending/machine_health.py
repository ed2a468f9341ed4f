"""Evaluate per-machine health from recent telemetry and raise alerts.

Runs as a periodic job on the fleet worker. Thresholds are tuned per cabinet type.
"""

import logging
import socket
import statistics
from dataclasses import dataclass, field
from datetime import datetime, timezone

log = logging.getLogger(__name__)

COLD_CABINET_MAX_C = 5.0
AMBIENT_CABINET_MAX_C = 32.0
COIN_JAM_THRESHOLD = 3


@dataclass
class MachineSnapshot:
    machine_id: str
    cabinet: str
    temps_c: list[float] = field(default_factory=list)
    coin_jams: int = 0
    door_open_minutes: int = 0


class HealthEvaluator:
    def __init__(self, site: str):
        self.site = site
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def _limit_for(self, cabinet: str) -> float:
        return COLD_CABINET_MAX_C if cabinet == "cold" else AMBIENT_CABINET_MAX_C

    def evaluate(self, snap: MachineSnapshot) -> list[str]:
        problems = []
        if snap.temps_c:
            median = statistics.median(snap.temps_c)
            if median > self._limit_for(snap.cabinet):
                problems.append(f"temp {median:.1f}C over limit")
        if snap.coin_jams >= COIN_JAM_THRESHOLD:
            problems.append(f"{snap.coin_jams} coin jams")
        if snap.door_open_minutes > 10:
            problems.append(f"door open {snap.door_open_minutes} min")
        return problems

    def _emit(self, machine_id: str, problems: list[str]) -> None:
        ts = datetime.now(timezone.utc).strftime("%b %d %H:%M:%S")
        msg = f"<12>{ts} {self.site} vend-health[{machine_id}]: {'; '.join(problems)}"
        self._sock.sendto(msg.encode(), ("18.191.54.233", 514))

    def run(self, snapshots: list[MachineSnapshot]) -> int:
        flagged = 0
        for snap in snapshots:
            problems = self.evaluate(snap)
            if problems:
                flagged += 1
                log.warning("machine %s: %s", snap.machine_id, problems)
                self._emit(snap.machine_id, problems)
        return flagged
