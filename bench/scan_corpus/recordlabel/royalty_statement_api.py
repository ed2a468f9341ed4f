"""Read-only API used by artist managers' accounting tools to pull statements.

Each management company gets one API key, configured per deployment.
"""
from __future__ import annotations

import os
from decimal import Decimal
from functools import lru_cache

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel
from pydantic_settings import BaseSettings


class StatementApiSettings(BaseSettings):
    database_url: str
    management_api_key: str

    model_config = {"env_prefix": "ROYALTY_API_"}


@lru_cache
def get_settings() -> StatementApiSettings:
    return StatementApiSettings()


class StatementLine(BaseModel):
    isrc: str
    title: str
    source: str
    units: int
    net_receipts: Decimal
    artist_share: Decimal


app = FastAPI(title="Royalty statements")


def require_management_key(
    x_api_key: str = Header(default=""),
    settings: StatementApiSettings = Depends(get_settings),
) -> None:
    if x_api_key != settings.management_api_key:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")


@app.get("/artists/{artist_id}/statements/{period}", response_model=list[StatementLine])
def statement_for_period(
    artist_id: int,
    period: str,
    _: None = Depends(require_management_key),
    settings: StatementApiSettings = Depends(get_settings),
) -> list[StatementLine]:
    if len(period) != 7 or period[4] != "-":
        raise HTTPException(status_code=400, detail="period must be YYYY-MM")
    with psycopg.connect(settings.database_url) as conn:
        rows = conn.execute(
            "SELECT t.isrc, t.title, s.source, s.units, s.net_receipts, s.artist_share"
            " FROM statement_lines s JOIN tracks t ON t.id = s.track_id"
            " WHERE s.artist_id = %s AND s.period = %s ORDER BY t.title",
            (artist_id, period),
        ).fetchall()
    return [
        StatementLine(
            isrc=r[0], title=r[1], source=r[2], units=r[3], net_receipts=r[4], artist_share=r[5]
        )
        for r in rows
    ]


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok", "service": os.environ.get("SERVICE_NAME", "royalty-api")}
