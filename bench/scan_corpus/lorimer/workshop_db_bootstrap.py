"""Build the database engine for the workshop services from settings."""
import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger("lorimer.workshop.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"

    @classmethod
    def from_env(cls, prefix: str = "WORKSHOP_DB_") -> "DatabaseSettings":
        env = os.environ
        return cls(
            host=env[f"{prefix}HOST"],
            port=int(env.get(f"{prefix}PORT", "5432")),
            name=env.get(f"{prefix}NAME", "workshop"),
            user=env[f"{prefix}USER"],
            password=env[f"{prefix}PASSWORD"],
            sslmode=env.get(f"{prefix}SSLMODE", "require"),
        )

    def url(self) -> str:
        return (
            f"postgresql+psycopg2://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


def make_engine(settings: DatabaseSettings | None = None, echo: bool = False) -> Engine:
    settings = settings or DatabaseSettings.from_env()
    url = settings.url()
    log.info("connecting to workshop database %s", url)
    engine = create_engine(url, pool_size=5, max_overflow=5, pool_pre_ping=True, echo=echo)
    with engine.connect() as conn:
        version = conn.exec_driver_sql("SHOW server_version").scalar()
    log.info("workshop database ready (postgres %s)", version)
    return engine
