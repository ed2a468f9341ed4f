"""Bootstraps the chemical warehouse stock database and runs pending migrations."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import URL

log = logging.getLogger("warehouse.bootstrap")


def database_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["WAREHOUSE_DB_USER"],
        password=os.environ["WAREHOUSE_DB_PASSWORD"],
        host=os.environ["WAREHOUSE_DB_HOST"],
        port=int(os.environ.get("WAREHOUSE_DB_PORT", "5432")),
        database=os.environ.get("WAREHOUSE_DB_NAME", "warehouse"),
    )


def bootstrap(url: URL, alembic_ini: str, dry_run: bool = False) -> int:
    log.info("bootstrapping warehouse database at %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_pre_ping=True)
    existing = set(inspect(engine).get_table_names())
    log.info("found %d existing tables", len(existing))
    if dry_run:
        for table in ("stock_items", "stock_movements", "storage_locations"):
            log.info("%-20s %s", table, "present" if table in existing else "missing")
        return 0
    cfg = Config(alembic_ini)
    cfg.attributes["connection"] = engine.connect()
    command.upgrade(cfg, "head")
    log.info("migrations applied")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--alembic-ini", default="alembic.ini")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        return bootstrap(database_url(), args.alembic_ini, args.dry_run)
    except KeyError as missing:
        log.error("missing environment variable %s", missing)
        return 2


if __name__ == "__main__":
    sys.exit(main())
