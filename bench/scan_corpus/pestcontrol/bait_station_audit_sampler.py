"""Picks bait stations for the monthly quality-assurance re-inspection."""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Station:
    site_id: str
    station_code: str
    zone: str
    last_activity: str


def load_stations(path: Path) -> list[Station]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            Station(r["site_id"], r["station_code"], r["zone"], r["last_activity"])
            for r in csv.DictReader(fh)
        ]


def sample_for_audit(stations: list[Station], per_zone: int, month: date) -> list[Station]:
    """Stratified sample: a few stations from each zone, reproducible for the month."""
    rng = random.Random(month.strftime("%Y-%m"))
    by_zone: dict[str, list[Station]] = defaultdict(list)
    for st in stations:
        by_zone[st.zone].append(st)
    picked: list[Station] = []
    for zone in sorted(by_zone):
        pool = by_zone[zone]
        picked.extend(rng.sample(pool, min(per_zone, len(pool))))
    return picked


def write_worklist(stations: list[Station], out) -> None:
    writer = csv.writer(out)
    writer.writerow(["site_id", "station_code", "zone", "last_activity", "qa_result"])
    for st in stations:
        writer.writerow([st.site_id, st.station_code, st.zone, st.last_activity, ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("stations_csv", type=Path)
    parser.add_argument("--per-zone", type=int, default=3)
    parser.add_argument("--month", type=date.fromisoformat, default=date.today())
    args = parser.parse_args(argv)
    chosen = sample_for_audit(load_stations(args.stations_csv), args.per_zone, args.month)
    write_worklist(chosen, sys.stdout)
    print(f"{len(chosen)} stations selected for QA", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
