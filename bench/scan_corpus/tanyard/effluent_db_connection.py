"""Database connection setup for the effluent monitoring service.

The effluent register lives in its own PostgreSQL database on the site server,
separate from sales, because the records must be retained for the water
authority for six years.
"""
import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass
class EffluentDbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "EffluentDbSettings":
        return cls(
            host=os.environ.get("EFFLUENT_DB_HOST", "db.tanyard.internal"),
            port=int(os.environ.get("EFFLUENT_DB_PORT", "5432")),
            name=os.environ.get("EFFLUENT_DB_NAME", "effluent"),
            user=os.environ["EFFLUENT_DB_USER"],
            password=os.environ["EFFLUENT_DB_PASSWORD"],
        )

    def url(self) -> str:
        return f"postgresql+psycopg://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


_engine: Engine | None = None


def get_engine() -> Engine:
    global _engine
    if _engine is None:
        settings = EffluentDbSettings.from_env()
        dsn = settings.url()
        log.info("Opening effluent register database at %s", dsn)
        _engine = create_engine(dsn, pool_size=5, pool_pre_ping=True)
    return _engine


def dispose() -> None:
    global _engine
    if _engine is not None:
        _engine.dispose()
        _engine = None
