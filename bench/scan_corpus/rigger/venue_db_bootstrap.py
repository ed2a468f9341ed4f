"""Bootstrap the venue database connection for the rigging plot service."""
import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("highline.db")


@dataclass(frozen=True)
class DbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "DbSettings":
        return cls(
            host=os.environ.get("VENUE_DB_HOST", "localhost"),
            port=int(os.environ.get("VENUE_DB_PORT", "5432")),
            name=os.environ.get("VENUE_DB_NAME", "venues"),
            user=os.environ["VENUE_DB_USER"],
            password=os.environ["VENUE_DB_PASSWORD"],
            pool_size=int(os.environ.get("VENUE_DB_POOL", "5")),
        )

    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def make_engine(settings: DbSettings | None = None) -> Engine:
    settings = settings or DbSettings.from_env()
    dsn = settings.dsn()
    log.info("connecting to venue database %s (pool=%d)", dsn, settings.pool_size)
    engine = create_engine(dsn, pool_size=settings.pool_size, pool_pre_ping=True)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version()")).scalar_one()
        count = conn.execute(text("SELECT count(*) FROM venues")).scalar_one()
    log.info("venue database ready: %s, %d venues", version.split(",")[0], count)
    return engine


engine: Engine | None = None


def get_engine() -> Engine:
    global engine
    if engine is None:
        engine = make_engine()
    return engine
