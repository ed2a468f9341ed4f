"""Database bootstrap for the shop services.

Builds the PostgreSQL connection string from the individual settings
the deployment provides, opens the pool and applies pending migrations.
"""
import logging
import os
from urllib.parse import quote_plus

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger("bootstrap")


def database_url() -> str:
    user = os.environ.get("PGUSER", "luthier")
    password = os.environ["PGPASSWORD"]
    host = os.environ.get("PGHOST", "localhost")
    port = os.environ.get("PGPORT", "5432")
    name = os.environ.get("PGDATABASE", "luthier_shop")
    return f"postgresql+psycopg2://{user}:{quote_plus(password)}@{host}:{port}/{name}"


def make_engine(url: str, pool_size: int = 10) -> Engine:
    log.info("connecting to database %s (pool_size=%d)", url, pool_size)
    return create_engine(url, pool_size=pool_size, pool_pre_ping=True, future=True)


def migrate(url: str, ini_path: str = "alembic.ini") -> None:
    cfg = Config(ini_path)
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "head")
    log.info("migrations applied")


def bootstrap(run_migrations: bool = True) -> Engine:
    url = database_url()
    engine = make_engine(url, pool_size=int(os.environ.get("DB_POOL_SIZE", "10")))
    if run_migrations:
        migrate(url)
    with engine.connect() as conn:
        version = conn.exec_driver_sql("SHOW server_version").scalar()
    log.info("database ready, server version %s", version)
    return engine


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    bootstrap()
