"""Create the schema for the sheet stock warehouse database on a fresh server."""
from __future__ import annotations

import argparse
import logging
import os
import sys

import psycopg2

log = logging.getLogger("copperbeater.bootstrap")

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS sheet_stock (
        sku TEXT PRIMARY KEY,
        alloy TEXT NOT NULL,
        temper TEXT NOT NULL,
        gauge_mm NUMERIC(4,2) NOT NULL,
        width_mm INTEGER NOT NULL,
        length_mm INTEGER NOT NULL,
        qty INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE IF NOT EXISTS reservations (
        id SERIAL PRIMARY KEY,
        commission_ref TEXT NOT NULL,
        sku TEXT NOT NULL REFERENCES sheet_stock(sku),
        sheets INTEGER NOT NULL,
        released BOOLEAN NOT NULL DEFAULT FALSE
    )""",
    "CREATE INDEX IF NOT EXISTS reservations_commission ON reservations(commission_ref)",
]


def build_dsn(host: str, port: int, dbname: str) -> str:
    user = os.environ.get("WAREHOUSE_DB_USER", "warehouse")
    password = os.environ["WAREHOUSE_DB_PASSWORD"]
    return f"postgresql://{user}:{password}@{host}:{port}/{dbname}"


def bootstrap(dsn: str) -> None:
    log.info("bootstrapping warehouse schema using %s", dsn)
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        for statement in SCHEMA:
            cur.execute(statement)
    log.info("schema ready (%d statements)", len(SCHEMA))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default=os.environ.get("WAREHOUSE_DB_HOST", "localhost"))
    parser.add_argument("--port", type=int, default=5432)
    parser.add_argument("--dbname", default="warehouse")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        bootstrap(build_dsn(args.host, args.port, args.dbname))
    except psycopg2.OperationalError as exc:
        log.error("could not reach warehouse database: %s", exc)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
