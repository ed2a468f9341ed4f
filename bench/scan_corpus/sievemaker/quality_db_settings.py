"""Configuration loader for the quality-records database.

Reads settings from environment variables (or a .env file in
development) and creates the SQLAlchemy engine used by the audit and
certificate services.
"""
import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class QualityDbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg2://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def load_settings() -> QualityDbSettings:
    return QualityDbSettings(
        host=os.environ.get("QDB_HOST", "localhost"),
        port=int(os.environ.get("QDB_PORT", "5432")),
        name=os.environ.get("QDB_NAME", "quality"),
        user=os.environ["QDB_USER"],
        password=os.environ["QDB_PASSWORD"],
        pool_size=int(os.environ.get("QDB_POOL_SIZE", "5")),
    )


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    settings = load_settings()
    logger.info("connecting to quality database %s (pool=%d)", settings.dsn, settings.pool_size)
    return create_engine(
        settings.dsn,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        connect_args={"application_name": "sieve-quality"},
    )
