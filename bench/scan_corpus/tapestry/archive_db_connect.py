"""Connection helper for the photography archive's PostgreSQL database."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("tapestry.archive.db")


@dataclass(frozen=True)
class ArchiveDbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "ArchiveDbSettings":
        return cls(
            host=os.environ.get("ARCHIVE_DB_HOST", "localhost"),
            port=int(os.environ.get("ARCHIVE_DB_PORT", "5432")),
            name=os.environ.get("ARCHIVE_DB_NAME", "photo_archive"),
            user=os.environ["ARCHIVE_DB_USER"],
            password=os.environ["ARCHIVE_DB_PASSWORD"],
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


def connect(settings: ArchiveDbSettings | None = None, attempts: int = 5) -> Engine:
    settings = settings or ArchiveDbSettings.from_env()
    engine = create_engine(settings.url, pool_pre_ping=True, pool_size=5)
    delay = 1.0
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            log.info("archive database ready on %s:%s/%s", settings.host, settings.port, settings.name)
            return engine
        except OperationalError as exc:
            log.warning("attempt %d: cannot reach %s (%s)", attempt, settings.url, exc.orig)
            time.sleep(delay)
            delay = min(delay * 2, 30.0)
    raise RuntimeError(f"archive database unavailable after {attempts} attempts")


def photo_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT stage, count(*) AS n FROM photos GROUP BY stage ORDER BY stage")
        ).all()
    return {r.stage: r.n for r in rows}
