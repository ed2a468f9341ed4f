"""Database connection setup for the roof-survey service.

Builds the SQLAlchemy engine from separate settings so the password can come
from the secrets mount, and logs where it connected for the ops dashboard.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("survey.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password_file: Path

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["SURVEY_DB_HOST"],
            port=int(os.environ.get("SURVEY_DB_PORT", "5432")),
            name=os.environ.get("SURVEY_DB_NAME", "surveys"),
            user=os.environ["SURVEY_DB_USER"],
            password_file=Path(os.environ.get("SURVEY_DB_PASSWORD_FILE",
                                              "/run/secrets/survey_db_password")),
        )

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password_file.read_text().strip(),
            host=self.host,
            port=self.port,
            database=self.name,
        )


def make_engine(settings: DatabaseSettings) -> Engine:
    url = settings.url
    engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
    log.info("survey database: %s", url.render_as_string(hide_password=True))
    return engine


def healthcheck(engine: Engine) -> dict:
    with engine.connect() as conn:
        surveys = conn.execute(text("SELECT count(*) FROM roof_surveys")).scalar_one()
        pending = conn.execute(
            text("SELECT count(*) FROM roof_surveys WHERE report_status = 'pending'")
        ).scalar_one()
    return {"surveys": surveys, "pending_reports": pending}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(healthcheck(make_engine(DatabaseSettings.from_env())))
