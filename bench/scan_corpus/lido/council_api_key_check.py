"""API-key check for the council's read-only income reporting endpoints."""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status

app = FastAPI(title="Lido income reporting")


@dataclass(frozen=True)
class ApiClient:
    name: str
    key_sha256: str

    def accepts(self, presented: str) -> bool:
        presented_hash = hashlib.sha256(presented.encode("utf-8")).hexdigest()
        return secrets.compare_digest(presented_hash, self.key_sha256)


@dataclass(frozen=True)
class Settings:
    database_url: str
    clients: tuple[ApiClient, ...]


@lru_cache
def get_settings() -> Settings:
    return Settings(
        database_url=os.environ["LIDO_REPORTING_DB"],
        clients=(ApiClient("council", os.environ["LIDO_COUNCIL_KEY_SHA256"]),),
    )


def require_client(
    x_api_key: str = Header(default=""), settings: Settings = Depends(get_settings)
) -> str:
    for client in settings.clients:
        if x_api_key and client.accepts(x_api_key):
            return client.name
    raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid API key")


@app.get("/v1/income")
def monthly_income(
    year: int,
    month: int,
    client: str = Depends(require_client),
    settings: Settings = Depends(get_settings),
):
    import psycopg

    if not (1 <= month <= 12):
        raise HTTPException(status_code=400, detail="invalid month")
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    with psycopg.connect(settings.database_url) as conn:
        rows = conn.execute(
            "SELECT stream, SUM(amount_pence) FROM income_ledger "
            "WHERE booked_on >= %s AND booked_on < %s GROUP BY stream",
            (start, end),
        ).fetchall()
    return {"client": client, "period": f"{start:%Y-%m}", "income_pence": dict(rows)}
