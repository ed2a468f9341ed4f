"""Create and migrate the club's PostgreSQL database.

Used by the deploy pipeline and by volunteers setting up a local copy:

    python club_database_setup.py migrate
"""
from __future__ import annotations

import argparse
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import psycopg

log = logging.getLogger("club.dbsetup")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("CLUB_DB_HOST", "localhost"),
            port=int(os.environ.get("CLUB_DB_PORT", "5432")),
            name=os.environ.get("CLUB_DB_NAME", "vintagecarclub"),
            user=os.environ["CLUB_DB_USER"],
            password=os.environ["CLUB_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


def applied_migrations(conn: psycopg.Connection) -> set[str]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations"
        " (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
    )
    return {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}


def migrate(settings: DatabaseSettings) -> int:
    log.info("Applying migrations to %s", settings.dsn)
    applied = 0
    with psycopg.connect(settings.dsn) as conn:
        done = applied_migrations(conn)
        for script in sorted(MIGRATIONS_DIR.glob("*.sql")):
            if script.name in done:
                continue
            log.info("Running %s", script.name)
            with conn.transaction():
                conn.execute(script.read_text(encoding="utf-8"))
                conn.execute("INSERT INTO schema_migrations (name) VALUES (%s)", (script.name,))
            applied += 1
    log.info("%d migration(s) applied", applied)
    return applied


def main() -> None:
    parser = argparse.ArgumentParser(description="Club database setup")
    parser.add_argument("command", choices=["migrate"])
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    if args.command == "migrate":
        migrate(DatabaseSettings.from_env())


if __name__ == "__main__":
    main()
