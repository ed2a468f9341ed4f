"""Database settings and engine factory for the orders service."""
import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @property
    def dsn(self) -> str:
        return f"postgresql+psycopg2://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


def load_settings() -> DatabaseSettings:
    return DatabaseSettings(
        host=os.environ.get("PGHOST", "localhost"),
        port=int(os.environ.get("PGPORT", "5432")),
        name=os.environ.get("PGDATABASE", "basketweaver_orders"),
        user=os.environ.get("PGUSER", "orders"),
        password=os.environ["PGPASSWORD"],
        pool_size=int(os.environ.get("DB_POOL_SIZE", "5")),
    )


@lru_cache(maxsize=1)
def engine() -> Engine:
    settings = load_settings()
    log.info("connecting to orders database %s (pool=%d)", settings.dsn, settings.pool_size)
    return create_engine(
        settings.dsn,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        connect_args={"application_name": "basketweaver-orders"},
    )


SessionLocal = sessionmaker(autocommit=False, autoflush=False)


def get_session():
    SessionLocal.configure(bind=engine())
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()
