"""Imports pilot availability rosters dropped by the pilot cooperative.

The cooperative's rostering clerk exports a YAML file per fortnight and
uploads it to the ``roster-inbox`` bucket. This job picks up new files,
validates rest-hour rules and writes the shifts to the dispatch DB.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime

import boto3
import yaml
from sqlalchemy import create_engine, text

log = logging.getLogger("harbourpilots.roster_import")

MIN_REST_HOURS = 10
_YAML_OPTIONS = {"Loader": yaml.Loader}


@dataclass
class Shift:
    pilot_id: str
    start: datetime
    end: datetime

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


def parse_roster(raw: bytes) -> list[Shift]:
    document = yaml.load(raw, **_YAML_OPTIONS)
    shifts = []
    for entry in document.get("shifts", []):
        shifts.append(
            Shift(
                pilot_id=str(entry["pilot"]),
                start=datetime.fromisoformat(str(entry["start"])),
                end=datetime.fromisoformat(str(entry["end"])),
            )
        )
    return shifts


def rest_violations(shifts: list[Shift]) -> list[str]:
    problems = []
    by_pilot: dict[str, list[Shift]] = {}
    for s in shifts:
        by_pilot.setdefault(s.pilot_id, []).append(s)
    for pilot, items in by_pilot.items():
        items.sort(key=lambda s: s.start)
        for prev, nxt in zip(items, items[1:]):
            gap = (nxt.start - prev.end).total_seconds() / 3600
            if gap < MIN_REST_HOURS:
                problems.append(f"{pilot}: only {gap:.1f}h rest before {nxt.start:%d %b %H:%M}")
    return problems


def run_import(bucket: str, prefix: str = "incoming/") -> None:
    s3 = boto3.client("s3")
    engine = create_engine(os.environ["DISPATCH_DB_URL"], future=True)
    listing = s3.list_objects_v2(Bucket=bucket, Prefix=prefix)
    for obj in listing.get("Contents", []):
        raw = s3.get_object(Bucket=bucket, Key=obj["Key"])["Body"].read()
        shifts = parse_roster(raw)
        problems = rest_violations(shifts)
        if problems:
            log.warning("roster %s rejected: %s", obj["Key"], "; ".join(problems))
            continue
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO shifts (pilot_id, starts_at, ends_at) VALUES (:p, :s, :e)"),
                [{"p": s.pilot_id, "s": s.start, "e": s.end} for s in shifts],
            )
        s3.delete_object(Bucket=bucket, Key=obj["Key"])
        log.info("imported %d shifts from %s", len(shifts), obj["Key"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_import(os.environ.get("ROSTER_BUCKET", "roster-inbox"))
