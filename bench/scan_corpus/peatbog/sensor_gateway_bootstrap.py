"""Start-up for the water-table sensor gateway service.

The gateway runs on a small box at the field station, collecting readings
from dipwell loggers over LoRa and writing them to the central TimescaleDB.
"""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass

import psycopg
from psycopg_pool import ConnectionPool

log = logging.getLogger("gateway")


@dataclass(frozen=True)
class GatewaySettings:
    station_code: str
    database_url: str
    poll_interval_s: int = 300
    pool_size: int = 4

    @classmethod
    def from_env(cls) -> "GatewaySettings":
        return cls(
            station_code=os.environ["STATION_CODE"],
            database_url=os.environ["GATEWAY_DATABASE_URL"],
            poll_interval_s=int(os.environ.get("POLL_INTERVAL_S", "300")),
            pool_size=int(os.environ.get("DB_POOL_SIZE", "4")),
        )


def configure_logging() -> None:
    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "INFO"),
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
        stream=sys.stdout,
    )


def open_pool(settings: GatewaySettings) -> ConnectionPool:
    log.info(
        "station %s connecting to %s (pool=%d)",
        settings.station_code,
        settings.database_url,
        settings.pool_size,
    )
    pool = ConnectionPool(settings.database_url, min_size=1, max_size=settings.pool_size, open=True)
    with pool.connection() as conn:
        conn.execute("SELECT 1")
    return pool


def ensure_station(pool: ConnectionPool, station_code: str) -> int:
    with pool.connection() as conn:
        row = conn.execute(
            "INSERT INTO stations (code) VALUES (%s) "
            "ON CONFLICT (code) DO UPDATE SET last_seen = now() RETURNING id",
            (station_code,),
        ).fetchone()
    return row[0]


def main() -> int:
    configure_logging()
    settings = GatewaySettings.from_env()
    try:
        pool = open_pool(settings)
    except psycopg.OperationalError as exc:
        log.error("database unavailable: %s", exc.__class__.__name__)
        return 2
    station_id = ensure_station(pool, settings.station_code)
    log.info("gateway ready, station id %d, polling every %ds", station_id, settings.poll_interval_s)
    from .poller import run_forever

    run_forever(pool, station_id, settings.poll_interval_s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
