"""Engine factory for the drawings archive catalogue database."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("archive.db")


@dataclass(frozen=True)
class ArchiveDbSettings:
    host: str
    dbname: str
    user: str
    password: str = field(repr=False)
    port: int = 5432

    @classmethod
    def from_env(cls) -> "ArchiveDbSettings":
        return cls(
            host=os.environ.get("ARCHIVE_DB_HOST", "localhost"),
            dbname=os.environ.get("ARCHIVE_DB_NAME", "drawings"),
            user=os.environ["ARCHIVE_DB_USER"],
            password=os.environ["ARCHIVE_DB_PASSWORD"],
            port=int(os.environ.get("ARCHIVE_DB_PORT", "5432")),
        )

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.dbname,
        )


def make_engine(settings: ArchiveDbSettings) -> Engine:
    log.info("connecting drawings archive to %s", settings.url.render_as_string(hide_password=True))
    return create_engine(settings.url, pool_size=5, pool_pre_ping=True)


def check(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:
        log.exception("archive database check failed for %r", engine.url)
        return False
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    settings = ArchiveDbSettings.from_env()
    log.info("settings: %r", settings)
    print("ok" if check(make_engine(settings)) else "unreachable")
