"""Database settings for the loft services, loaded from the environment."""
import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger("loft.config")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @property
    def url(self) -> str:
        return f"postgresql+psycopg2://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


def load_settings() -> DatabaseSettings:
    return DatabaseSettings(
        host=os.environ.get("LOFT_DB_HOST", "localhost"),
        port=int(os.environ.get("LOFT_DB_PORT", "5432")),
        name=os.environ.get("LOFT_DB_NAME", "loft"),
        user=os.environ.get("LOFT_DB_USER", "loft"),
        password=os.environ["LOFT_DB_PASSWORD"],
        pool_size=int(os.environ.get("LOFT_DB_POOL", "5")),
    )


@lru_cache(maxsize=1)
def engine() -> Engine:
    settings = load_settings()
    log.info("connecting to loft database at %s", settings.url)
    return create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)


def check_connection() -> bool:
    try:
        with engine().connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return True
    except Exception:
        log.exception("loft database not reachable")
        return False
