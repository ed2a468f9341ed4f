"""Database bootstrap for the scheduling service.

Builds the SQLAlchemy engine from the individual settings the deploy
pipeline provides and checks the connection before the app starts serving.
"""
import logging
import os
import sys
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("scheduler.db")


@dataclass(frozen=True)
class DbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"

    @classmethod
    def from_env(cls) -> "DbSettings":
        return cls(
            host=os.environ.get("SCHED_DB_HOST", "localhost"),
            port=int(os.environ.get("SCHED_DB_PORT", "5432")),
            name=os.environ.get("SCHED_DB_NAME", "scheduling"),
            user=os.environ["SCHED_DB_USER"],
            password=os.environ["SCHED_DB_PASSWORD"],
        )

    def url(self) -> str:
        return (f"postgresql+psycopg2://{self.user}:{self.password}@{self.host}:{self.port}/"
                f"{self.name}?sslmode={self.sslmode}")


def build_engine(settings: DbSettings) -> Engine:
    url = settings.url()
    log.info("connecting to scheduling database %s", url)
    engine = create_engine(url, pool_size=5, max_overflow=5, pool_pre_ping=True)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return engine


def main() -> Engine:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    try:
        engine = build_engine(DbSettings.from_env())
    except OperationalError as exc:
        log.error("database not reachable: %s", exc.orig)
        sys.exit(1)
    log.info("database ready")
    return engine


if __name__ == "__main__":
    main()
