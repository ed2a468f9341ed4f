"""Database connection helper for the NLIS tag-transfer sync job.

Connection failures are logged with the target URL so the on-call person
can see which host and database were tried; the password is masked.
"""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("nlis_sync.db")


@dataclass
class DbSettings:
    host: str
    name: str
    user: str
    password: str = field(repr=False)
    port: int = 5432

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


def connect(settings: DbSettings) -> Engine | None:
    url = settings.url
    engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        log.error(
            "cannot reach farm database at %s: %s",
            url.render_as_string(hide_password=True),
            exc.orig,
        )
        engine.dispose()
        return None
    log.info("connected to %s", url.render_as_string(hide_password=True))
    return engine


def pending_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM tag_transfers WHERE nlis_status = 'pending'")
        ).scalar_one()


if __name__ == "__main__":
    import os

    logging.basicConfig(level=logging.INFO)
    cfg = DbSettings(
        host=os.environ["FARM_DB_HOST"],
        name=os.environ.get("FARM_DB_NAME", "sheepfarm"),
        user=os.environ["FARM_DB_USER"],
        password=os.environ["FARM_DB_PASSWORD"],
    )
    eng = connect(cfg)
    if eng is None:
        sys.exit(2)
    log.info("%d tag transfers waiting", pending_count(eng))
