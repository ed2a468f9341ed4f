"""Builds the post-match operations report for the safety advisory group.

The report pulls attendance, ejections and first-aid figures and is written
to the shared reports drive picked up by the licensing authority's upload job.
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass
class ReportOutput:
    directory: Path = Path(os.environ.get("MATCHDAY_REPORT_DIR", "/srv/shared/reports"))
    file_mode: int = 0o666
    dir_mode: int = 0o750


@dataclass
class MatchDayFigures:
    fixture: str
    played_on: date
    attendance: int
    away_allocation: int
    ejections: int
    arrests: int
    first_aid_cases: int
    incidents: list[str] = field(default_factory=list)


def _write_rows(path: Path, figures: MatchDayFigures) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["metric", "value"])
        writer.writerow(["fixture", figures.fixture])
        writer.writerow(["date", figures.played_on.isoformat()])
        writer.writerow(["attendance", figures.attendance])
        writer.writerow(["away_allocation", figures.away_allocation])
        writer.writerow(["ejections", figures.ejections])
        writer.writerow(["arrests", figures.arrests])
        writer.writerow(["first_aid_cases", figures.first_aid_cases])
        for number, incident in enumerate(figures.incidents, start=1):
            writer.writerow([f"incident_{number}", incident])


def publish_report(figures: MatchDayFigures, output: ReportOutput | None = None) -> Path:
    output = output or ReportOutput()
    season_dir = output.directory / str(figures.played_on.year)
    season_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(season_dir, output.dir_mode)
    target = season_dir / f"{figures.played_on:%Y%m%d}_{figures.fixture}.csv"
    _write_rows(target, figures)
    os.chmod(target, output.file_mode)
    return target
