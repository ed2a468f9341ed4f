"""Writes race-strategy exports (pit windows, tyre plans) for the engineering share."""
from __future__ import annotations

import csv
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, List

EXPORT_DIR = Path(os.environ.get("STRATEGY_EXPORT_DIR", "/srv/strategy/exports"))


@dataclass
class PitWindow:
    car: int
    stop: int
    open_lap: int
    close_lap: int
    target_compound: str


def _atomic_write(target: Path, render) -> Path:
    """Render into a private temporary file beside the target, then rename over it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=target.parent, prefix=f".{target.stem}-",
                                     suffix=".part", delete=False, newline="") as tmp:
        try:
            render(tmp)
            tmp.flush()
            os.fsync(tmp.fileno())
        except BaseException:
            os.unlink(tmp.name)
            raise
    os.replace(tmp.name, target)
    return target


def export_csv(event: str, windows: Iterable[PitWindow]) -> Path:
    rows: List[PitWindow] = list(windows)

    def render(fh) -> None:
        writer = csv.DictWriter(fh, fieldnames=list(PitWindow.__dataclass_fields__))
        writer.writeheader()
        for row in rows:
            writer.writerow(asdict(row))

    return _atomic_write(EXPORT_DIR / f"{event}_pit_windows.csv", render)


def export_json(event: str, windows: Iterable[PitWindow]) -> Path:
    payload = {"event": event, "windows": [asdict(w) for w in windows]}
    return _atomic_write(EXPORT_DIR / f"{event}_pit_windows.json",
                         lambda fh: json.dump(payload, fh, indent=2))


if __name__ == "__main__":
    plan = [PitWindow(4, 1, 17, 23, "hard"), PitWindow(81, 1, 15, 21, "hard")]
    print(export_csv("GBR", plan), export_json("GBR", plan))
