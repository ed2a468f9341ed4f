"""Nightly export of next-day collection routes for the depot dispatch screens."""
from __future__ import annotations

import csv
import os
from datetime import date, timedelta
from pathlib import Path

EXPORT_ROOT = Path(os.environ.get("ROUTE_EXPORT_ROOT", "/srv/dispatch/exports"))
EXPORT_MODE = 0o640
FIELDS = ["van", "stop_no", "order_ref", "postcode", "slot_start", "slot_end", "bags"]


def export_path(depot: str, day: date) -> Path:
    return EXPORT_ROOT / depot / f"routes-{day:%Y%m%d}.csv"


def write_export(path: Path, stops: list[dict], mode: int = EXPORT_MODE) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".csv.part")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
        writer.writeheader()
        for stop in sorted(stops, key=lambda s: (s["van"], s["stop_no"])):
            writer.writerow(stop)
    os.chmod(tmp, mode)
    tmp.replace(path)
    return path


def prune_old(depot: str, keep_days: int = 14) -> int:
    cutoff = date.today() - timedelta(days=keep_days)
    removed = 0
    for f in (EXPORT_ROOT / depot).glob("routes-*.csv"):
        stamp = f.stem.removeprefix("routes-")
        if stamp.isdigit() and date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:])) < cutoff:
            f.unlink()
            removed += 1
    return removed


def run(planner, depots: list[str]) -> list[Path]:
    tomorrow = date.today() + timedelta(days=1)
    written = []
    for depot in depots:
        written.append(write_export(export_path(depot, tomorrow), planner.stops_for(depot, tomorrow)))
        prune_old(depot)
    return written
