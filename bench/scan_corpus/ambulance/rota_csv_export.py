"""Export the station rota as CSV and push it to the workforce system."""
import csv
import os
import tempfile
from datetime import date

import requests

COLUMNS = ["shift_date", "station", "callsign", "start", "end", "crew_1", "crew_2"]


def _write(rows: list[dict], fh) -> None:
    writer = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)


def export_rota(rows: list[dict], week: date) -> None:
    url = os.environ["WORKFORCE_IMPORT_URL"]
    token = os.environ["WORKFORCE_API_TOKEN"]
    with tempfile.NamedTemporaryFile(
        mode="w+", suffix=".csv", prefix="rota_", newline="", encoding="utf-8"
    ) as tmp:
        _write(rows, tmp)
        tmp.flush()
        with open(tmp.name, "rb") as fh:
            resp = requests.post(
                url,
                headers={"Authorization": f"Bearer {token}"},
                files={"file": (f"rota_{week.isoformat()}.csv", fh, "text/csv")},
                timeout=30,
            )
    resp.raise_for_status()
