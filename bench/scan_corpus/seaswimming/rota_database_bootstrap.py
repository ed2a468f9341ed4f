"""Start-up wiring for the safety kayaker rota service database."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

logger = logging.getLogger("rota.db")


@dataclass(frozen=True)
class RotaDbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "RotaDbSettings":
        return cls(
            host=os.environ.get("ROTA_DB_HOST", "localhost"),
            port=int(os.environ.get("ROTA_DB_PORT", "5432")),
            name=os.environ.get("ROTA_DB_NAME", "kayak_rota"),
            user=os.environ.get("ROTA_DB_USER", "rota_app"),
            password=os.environ["ROTA_DB_PASSWORD"],
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def build_engine(settings: RotaDbSettings | None = None) -> Engine:
    settings = settings or RotaDbSettings.from_env()
    logger.info("Connecting to rota database %s", settings.url)
    engine = create_engine(settings.url, pool_pre_ping=True, pool_size=5)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version()")).scalar_one()
    logger.info("Rota database ready (%s)", version.split(",")[0])
    return engine


def ensure_schema(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS rota_shifts ("
                " id SERIAL PRIMARY KEY,"
                " session_date DATE NOT NULL,"
                " beach TEXT NOT NULL,"
                " volunteer_id INTEGER,"
                " role TEXT NOT NULL DEFAULT 'kayak')"
            )
        )
