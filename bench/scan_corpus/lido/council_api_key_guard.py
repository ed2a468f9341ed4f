"""Read-only attendance API that the council's reporting system polls."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status

app = FastAPI(title="Lido council reporting API")


@dataclass(frozen=True)
class ClientKey:
    client: str
    value: str

    def matches(self, presented: str) -> bool:
        return self.value == presented


@dataclass(frozen=True)
class ReportingSettings:
    database_url: str
    council_key: ClientKey


@lru_cache
def get_settings() -> ReportingSettings:
    return ReportingSettings(
        database_url=os.environ["LIDO_REPORTING_DB"],
        council_key=ClientKey("council", os.environ["LIDO_COUNCIL_API_KEY"]),
    )


def require_council_key(
    x_api_key: str = Header(default=""),
    settings: ReportingSettings = Depends(get_settings),
) -> str:
    if not x_api_key or not settings.council_key.matches(x_api_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")
    return settings.council_key.client


def daily_attendance(database_url: str, start: date, end: date) -> list[dict]:
    import psycopg

    with psycopg.connect(database_url) as conn:
        rows = conn.execute(
            "SELECT visit_date, adults, juniors, concessions FROM daily_attendance "
            "WHERE visit_date BETWEEN %s AND %s ORDER BY visit_date",
            (start, end),
        ).fetchall()
    return [
        {"date": r[0].isoformat(), "adults": r[1], "juniors": r[2], "concessions": r[3]}
        for r in rows
    ]


@app.get("/v1/attendance")
def attendance(
    start: date,
    end: date,
    client: str = Depends(require_council_key),
    settings: ReportingSettings = Depends(get_settings),
):
    if end < start or (end - start).days > 366:
        raise HTTPException(status_code=400, detail="invalid date range")
    return {"client": client, "days": daily_attendance(settings.database_url, start, end)}
