"""Synchronise keeper duty rosters from the trust's rota service into the station database."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

import requests
from sqlalchemy import create_engine, text

log = logging.getLogger("lighthouse.roster")


@dataclass
class RotaServiceConfig:
    base_url: str
    client_id: str
    client_secret: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "RotaServiceConfig":
        return cls(
            base_url=os.environ["ROTA_BASE_URL"],
            client_id=os.environ["ROTA_CLIENT_ID"],
            client_secret=os.environ["ROTA_CLIENT_SECRET"],
        )


def fetch_rosters(cfg: RotaServiceConfig, start: date, days: int = 14) -> list[dict]:
    """Return the shifts published for the next ``days`` days."""
    session = requests.Session()
    session.auth = (cfg.client_id, cfg.client_secret)
    resp = session.get(
        f"{cfg.base_url}/v2/rosters",
        params={"from": start.isoformat(), "to": (start + timedelta(days=days)).isoformat()},
        timeout=cfg.timeout,
    )
    resp.raise_for_status()
    return resp.json()["shifts"]


def store_rosters(db_url: str, shifts: list[dict]) -> int:
    engine = create_engine(db_url)
    stmt = text(
        "INSERT INTO keeper_shift (keeper_id, station_code, starts_at, ends_at) "
        "VALUES (:keeper_id, :station_code, :starts_at, :ends_at) "
        "ON CONFLICT (keeper_id, starts_at) DO NOTHING"
    )
    with engine.begin() as conn:
        for shift in shifts:
            conn.execute(stmt, shift)
    return len(shifts)


def run_sync() -> None:
    cfg = RotaServiceConfig.from_env()
    log.info("starting roster sync with %r", cfg)
    shifts = fetch_rosters(cfg, date.today())
    count = store_rosters(os.environ["STATION_DB_URL"], shifts)
    log.info("stored %d keeper shifts", count)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_sync()
