"""TCP reachability probe for compressor-station RTUs listed in the asset inventory."""
from __future__ import annotations

import logging
import socket
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

log = logging.getLogger("station.probe")

INVENTORY_PATH = Path("/etc/gaspipe/rtu_inventory.yaml")


@dataclass
class ProbeTarget:
    station: str
    host: str
    port: int


@dataclass
class ProbeResult:
    station: str
    reachable: bool
    latency_ms: float | None


def load_targets(path: Path = INVENTORY_PATH) -> list[ProbeTarget]:
    with path.open() as fh:
        doc = yaml.safe_load(fh) or {}
    return [
        ProbeTarget(station=row["station"], host=row["host"], port=int(row.get("port", 20000)))
        for row in doc.get("rtus", [])
    ]


def probe(target: ProbeTarget, timeout: float = 2.0) -> ProbeResult:
    started = time.perf_counter()
    try:
        with socket.create_connection((target.host, target.port), timeout=timeout):
            elapsed = (time.perf_counter() - started) * 1000
            return ProbeResult(target.station, True, round(elapsed, 1))
    except OSError as exc:
        log.warning("%s unreachable: %s", target.station, exc)
        return ProbeResult(target.station, False, None)


def sweep(path: Path = INVENTORY_PATH) -> list[ProbeResult]:
    results = [probe(t) for t in load_targets(path)]
    down = [r.station for r in results if not r.reachable]
    log.info("probed %d RTUs, %d down: %s", len(results), len(down), ", ".join(down) or "-")
    return results
