"""Nightly export of proof-of-play totals to the independent audience auditor.

The auditor reconciles our play counts against its own panel data; the
export is one CSV per day with plays per face and creative.
"""
from __future__ import annotations

import csv
import io
import logging
import os
from dataclasses import dataclass, field
from datetime import date, timedelta

import psycopg
import requests

log = logging.getLogger("pop-audit-export")


@dataclass
class AuditorSettings:
    base_url: str = field(default_factory=lambda: os.environ["AUDITOR_API_URL"])
    media_owner_id: str = field(default_factory=lambda: os.environ["AUDITOR_MEDIA_OWNER_ID"])
    api_key: str = "adt_live_6f2c9e41b7d84a0c93e5f1a27b6d8c40"
    timeout_s: float = 60.0


def daily_totals(dsn: str, day: date) -> list[tuple]:
    with psycopg.connect(dsn) as conn:
        return conn.execute(
            "SELECT s.site_code, p.face, p.creative_id, count(*), sum(p.duration_ms) "
            "FROM plays p JOIN sites s ON s.id = p.site_id "
            "WHERE p.started_at >= %s AND p.started_at < %s "
            "GROUP BY s.site_code, p.face, p.creative_id ORDER BY 1, 2, 3",
            (day, day + timedelta(days=1)),
        ).fetchall()


def to_csv(rows: list[tuple]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["site_code", "face", "creative_id", "plays", "duration_ms"])
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def upload(settings: AuditorSettings, day: date, payload: bytes) -> str:
    resp = requests.post(
        f"{settings.base_url}/v1/media-owners/{settings.media_owner_id}/pop-files",
        headers={"X-Api-Key": settings.api_key},
        files={"file": (f"pop_{day.isoformat()}.csv", payload, "text/csv")},
        data={"reporting_date": day.isoformat()},
        timeout=settings.timeout_s,
    )
    resp.raise_for_status()
    return resp.json()["file_id"]


def main() -> None:
    day = date.today() - timedelta(days=1)
    rows = daily_totals(os.environ["POP_DATABASE_DSN"], day)
    file_id = upload(AuditorSettings(), day, to_csv(rows))
    log.info("exported %d rows for %s as auditor file %s", len(rows), day, file_id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
