"""Nightly job converting each flown bird's telemetry to GPX for the archive.

Output files are named after the bird's ring number and stored by date so
the flying team can review routes and hunting flights.
"""
from __future__ import annotations

import argparse
import csv
import logging
import subprocess
import tempfile
from datetime import date, timedelta
from pathlib import Path

from .telemetry_store import birds_flown_on, fixes_for_bird

log = logging.getLogger("telemetry.gpx")

GPSBABEL = "gpsbabel"
ARCHIVE_ROOT = Path("/srv/falconry/tracks")


def gpsbabel_args(src: Path, dst: Path, title: str) -> list[str]:
    return [
        GPSBABEL,
        "-i", "unicsv", "-f", str(src),
        "-x", f"track,title={title}",
        "-o", "gpx,gpxver=1.1", "-F", str(dst),
    ]


def convert(src: Path, dst: Path, title: str) -> None:
    subprocess.run(gpsbabel_args(src, dst, title), check=True, timeout=120,
                   capture_output=True)


def export_day(day: date) -> int:
    out_dir = ARCHIVE_ROOT / day.isoformat()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    for bird in birds_flown_on(day):
        fixes = fixes_for_bird(bird.id, day=day)
        if len(fixes) < 2:
            continue
        with tempfile.TemporaryDirectory() as work:
            src = Path(work) / "fixes.csv"
            with src.open("w", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(["utc_d", "utc_t", "lat", "lon", "alt"])
                for f in fixes:
                    writer.writerow([f.ts.date(), f.ts.time(), f.lat, f.lon, f.alt])
            dst = out_dir / f"{bird.ring_number.replace('/', '_')}.gpx"
            try:
                convert(src, dst, f"{bird.name} {day.isoformat()}")
            except subprocess.CalledProcessError as exc:
                log.error("gpsbabel failed for %s: %s", bird.name, exc.stderr)
                continue
        written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--day", type=date.fromisoformat,
                        default=date.today() - timedelta(days=1))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    log.info("exported %d tracks for %s", export_day(args.day), args.day)


if __name__ == "__main__":
    main()
