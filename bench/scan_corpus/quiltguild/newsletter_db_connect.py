"""Database connection setup for the newsletter mailing job."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("quiltguild.newsletter.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["NEWSLETTER_DB_HOST"],
            port=int(os.environ.get("NEWSLETTER_DB_PORT", "5432")),
            name=os.environ.get("NEWSLETTER_DB_NAME", "newsletter"),
            user=os.environ["NEWSLETTER_DB_USER"],
            password=os.environ["NEWSLETTER_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


class NewsletterDatabase:
    def __init__(self, settings: DatabaseSettings) -> None:
        self.settings = settings
        self._engine: Engine | None = None

    def connect(self) -> Engine:
        if self._engine is None:
            log.info("opening newsletter database %s", self.settings.dsn)
            self._engine = create_engine(self.settings.dsn, pool_size=5, pool_pre_ping=True)
        return self._engine

    def active_subscribers(self) -> list[tuple[str, str]]:
        with self.connect().connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT email, display_name FROM newsletter_subscribers "
                    "WHERE status = :status ORDER BY email"
                ),
                {"status": "active"},
            )
            return [(r.email, r.display_name) for r in rows]

    def mark_sent(self, issue_id: int, email: str) -> None:
        with self.connect().begin() as conn:
            conn.execute(
                text("INSERT INTO newsletter_deliveries (issue_id, email) VALUES (:i, :e)"),
                {"i": issue_id, "e": email},
            )
