"""Read-only API over the membrane telemetry store (TimescaleDB).

Plant engineers use it to chart normalised permeate flow and salt passage
per pressure vessel when planning CIP cleanings."""
from __future__ import annotations

from datetime import datetime

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from telemetry.config import TelemetryConfig

app = FastAPI(title="membrane-telemetry")


class TelemetryRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @staticmethod
    def _vessel_filter(train: str, vessel: str | None) -> str:
        clause = f"train_code = '{train}'"
        if vessel:
            clause += f" AND vessel_code = '{vessel}'"
        return clause

    def normalised_flow(self, train: str, vessel: str | None, since: datetime) -> list[dict]:
        where = self._vessel_filter(train, vessel)
        sql = text(
            "SELECT time_bucket('1 hour', ts) AS hour, vessel_code, "
            "avg(norm_permeate_flow_m3h) AS nqp, avg(salt_passage_pct) AS sp "
            f"FROM membrane_readings WHERE {where} AND ts >= :since "
            "GROUP BY hour, vessel_code ORDER BY hour"
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sql, {"since": since})]


_repo: TelemetryRepository | None = None


def repo() -> TelemetryRepository:
    global _repo
    if _repo is None:
        cfg = TelemetryConfig.from_env()
        _repo = TelemetryRepository(create_engine(cfg.dsn, pool_pre_ping=True))
    return _repo


@app.get("/trains/{train}/normalised-flow")
def normalised_flow(
    train: str,
    since: datetime,
    vessel: str | None = Query(default=None, max_length=32),
) -> list[dict]:
    return repo().normalised_flow(train, vessel, since)
