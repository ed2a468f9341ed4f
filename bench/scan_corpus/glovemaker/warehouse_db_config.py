"""Database settings for the finished-goods warehouse service."""
import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger("warehouse.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("WH_DB_HOST", "localhost"),
            port=int(os.environ.get("WH_DB_PORT", "5432")),
            name=os.environ.get("WH_DB_NAME", "warehouse"),
            user=os.environ.get("WH_DB_USER", "warehouse_app"),
            password=os.environ["WH_DB_PASSWORD"],
            pool_size=int(os.environ.get("WH_DB_POOL", "5")),
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg2://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


_engine = None


def get_engine() -> Engine:
    global _engine
    if _engine is None:
        settings = DatabaseSettings.from_env()
        log.info("connecting to warehouse database %s (pool=%d)", settings.url, settings.pool_size)
        _engine = create_engine(
            settings.url,
            pool_size=settings.pool_size,
            pool_pre_ping=True,
            connect_args={"application_name": "glove-warehouse", "sslmode": "require"},
        )
    return _engine


def ping() -> bool:
    try:
        with get_engine().connect() as conn:
            conn.exec_driver_sql("SELECT 1")
        return True
    except Exception:
        log.exception("warehouse database ping failed")
        return False
