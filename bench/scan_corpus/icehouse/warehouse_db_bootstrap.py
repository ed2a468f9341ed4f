"""Database bootstrap for the cold-store warehouse service.

Builds the SQLAlchemy engine from the deployment environment, waits for
Postgres to come up (the container often starts before the database), and
runs pending migrations.
"""
import logging
import os
import time
from urllib.parse import quote_plus

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("icehouse.warehouse.db")


def database_url() -> str:
    user = os.environ.get("WAREHOUSE_DB_USER", "warehouse")
    password = quote_plus(os.environ["WAREHOUSE_DB_PASSWORD"])
    host = os.environ.get("WAREHOUSE_DB_HOST", "localhost")
    port = os.environ.get("WAREHOUSE_DB_PORT", "5432")
    name = os.environ.get("WAREHOUSE_DB_NAME", "coldstore")
    return f"postgresql+psycopg2://{user}:{password}@{host}:{port}/{name}"


def wait_for_db(url: str, attempts: int = 20, delay_s: float = 3.0) -> Engine:
    engine = create_engine(url, pool_pre_ping=True, pool_size=5)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return engine
        except OperationalError:
            log.warning("database not ready (attempt %d/%d), retrying in %.0fs", attempt, attempts, delay_s)
            time.sleep(delay_s)
    raise RuntimeError("database never became available")


def run_migrations(url: str) -> None:
    cfg = Config(os.environ.get("ALEMBIC_INI", "alembic.ini"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "head")


def bootstrap() -> Engine:
    url = database_url()
    log.info("connecting to warehouse database %s", url)
    engine = wait_for_db(url)
    run_migrations(url)
    log.info("warehouse schema up to date")
    return engine


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    bootstrap()
