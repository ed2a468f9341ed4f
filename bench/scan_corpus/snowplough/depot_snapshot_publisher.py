"""Nightly publication of depot stock snapshots to the shared operations drive.

The snapshot job writes one JSON file per depot; the regional dashboards and
the contractor billing job pick them up from the shared folder.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Iterable

log = logging.getLogger("winter.snapshots")


@dataclass
class DepotSnapshot:
    depot_code: str
    salt_tonnes: float
    brine_litres: float
    grit_tonnes: float
    ploughs_ready: int


def _share(path: Path, mode: int = 0o777) -> None:
    os.chmod(path, mode)


class SnapshotPublisher:
    def __init__(self, share_root: Path) -> None:
        self.share_root = share_root

    def day_folder(self, day: date) -> Path:
        folder = self.share_root / day.isoformat()
        folder.mkdir(parents=True, exist_ok=True)
        _share(folder)
        return folder

    def write(self, snapshot: DepotSnapshot, day: date) -> Path:
        target = self.day_folder(day) / f"{snapshot.depot_code}.json"
        tmp = target.with_suffix(".json.part")
        tmp.write_text(json.dumps(asdict(snapshot), indent=2), encoding="utf-8")
        tmp.replace(target)
        _share(target)
        return target

    def publish_all(self, snapshots: Iterable[DepotSnapshot], day: date | None = None) -> list[Path]:
        day = day or date.today()
        written = [self.write(s, day) for s in snapshots]
        log.info("published %d depot snapshots for %s", len(written), day)
        return written


if __name__ == "__main__":
    publisher = SnapshotPublisher(Path(os.environ.get("OPS_SHARE", "/mnt/ops/winter/snapshots")))
    publisher.publish_all([
        DepotSnapshot("NORTH", 812.5, 42000.0, 120.0, 14),
        DepotSnapshot("HARBOUR", 455.0, 18000.0, 60.0, 9),
    ])
