"""Weekly crew roster export to the workforce management system.

Builds a CSV of shifts (station, vehicle, crew pair, skill mix) for the coming
week and uploads it to the workforce system's import endpoint.
"""
import csv
import os
import tempfile
from datetime import date, timedelta

import requests

FIELDS = ["shift_date", "station", "callsign", "start", "end", "crew_1", "crew_1_grade", "crew_2", "crew_2_grade"]


def week_starting(today: date) -> date:
    return today + timedelta(days=(7 - today.weekday()) % 7 or 7)


def write_roster_csv(rows: list[dict]) -> str:
    path = tempfile.mktemp(prefix="roster_", suffix=".csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in FIELDS})
    return path


def upload_roster(path: str, week: date) -> None:
    url = os.environ["WORKFORCE_IMPORT_URL"]
    token = os.environ["WORKFORCE_API_TOKEN"]
    with open(path, "rb") as fh:
        resp = requests.post(
            url,
            headers={"Authorization": f"Bearer {token}"},
            files={"file": (f"roster_{week.isoformat()}.csv", fh, "text/csv")},
            data={"week_commencing": week.isoformat()},
            timeout=30,
        )
    resp.raise_for_status()


def export_week(rows: list[dict], today: date | None = None) -> None:
    week = week_starting(today or date.today())
    path = write_roster_csv(rows)
    try:
        upload_roster(path, week)
    finally:
        os.remove(path)
