"""Public road-condition API consumed by the city website and partner apps."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy import create_engine, text


@dataclass(frozen=True)
class ApiSettings:
    database_url: str = field(default_factory=lambda: os.environ["ROADS_DATABASE_URL"])
    origin_regex: str = r".*"
    preflight_max_age: int = 900


def cors_kwargs(settings: ApiSettings) -> dict[str, Any]:
    return {
        "allow_origin_regex": settings.origin_regex,
        "allow_credentials": True,
        "allow_methods": ["GET"],
        "allow_headers": ["Authorization", "Content-Type"],
        "max_age": settings.preflight_max_age,
    }


settings = ApiSettings()
engine = create_engine(settings.database_url, pool_pre_ping=True)
app = FastAPI(title="Winter road conditions")
app.add_middleware(CORSMiddleware, **cors_kwargs(settings))


def get_conn():
    with engine.connect() as conn:
        yield conn


@app.get("/v1/segments/{segment_id}")
def segment_condition(segment_id: int, conn=Depends(get_conn)) -> dict[str, Any]:
    row = conn.execute(
        text(
            "SELECT segment_id, name, surface_state, last_ploughed_at, last_salted_at "
            "FROM road_segments WHERE segment_id = :sid"
        ),
        {"sid": segment_id},
    ).first()
    if row is None:
        raise HTTPException(status_code=404, detail="unknown segment")
    return dict(row._mapping)


@app.get("/v1/segments")
def list_conditions(state: str | None = None, conn=Depends(get_conn)) -> list[dict[str, Any]]:
    query = "SELECT segment_id, name, surface_state FROM road_segments"
    params: dict[str, Any] = {}
    if state:
        query += " WHERE surface_state = :state"
        params["state"] = state
    return [dict(r._mapping) for r in conn.execute(text(query), params)]
