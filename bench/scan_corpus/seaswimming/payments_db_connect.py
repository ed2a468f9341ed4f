"""Start-up wiring for the membership payments database."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

logger = logging.getLogger("payments.db")


@dataclass(frozen=True)
class PaymentsDbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "PaymentsDbSettings":
        return cls(
            host=os.environ.get("PAYMENTS_DB_HOST", "localhost"),
            port=int(os.environ.get("PAYMENTS_DB_PORT", "5432")),
            name=os.environ.get("PAYMENTS_DB_NAME", "seaswim_payments"),
            user=os.environ.get("PAYMENTS_DB_USER", "payments_app"),
            password=os.environ["PAYMENTS_DB_PASSWORD"],
        )

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.name,
        )


def build_engine(settings: PaymentsDbSettings | None = None) -> Engine:
    settings = settings or PaymentsDbSettings.from_env()
    logger.info("Connecting to payments database %s", settings.url.render_as_string(hide_password=True))
    engine = create_engine(settings.url, pool_pre_ping=True, pool_size=5)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version()")).scalar_one()
    logger.info("Payments database ready (%s)", version.split(",")[0])
    return engine
