"""CLI that applies schema migrations to the export-certificate database."""
from __future__ import annotations

import argparse
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import psycopg

log = logging.getLogger("exports.migrate")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class DbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "DbSettings":
        return cls(
            host=os.environ.get("EXPORT_DB_HOST", "localhost"),
            port=int(os.environ.get("EXPORT_DB_PORT", "5432")),
            name=os.environ.get("EXPORT_DB_NAME", "exports"),
            user=os.environ["EXPORT_DB_USER"],
            password=os.environ["EXPORT_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


def pending_migrations(conn: psycopg.Connection) -> list[Path]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz DEFAULT now())"
    )
    applied = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    return [p for p in sorted(MIGRATIONS_DIR.glob("*.sql")) if p.name not in applied]


def apply(conn: psycopg.Connection, migration: Path) -> None:
    with conn.transaction():
        conn.execute(migration.read_text(encoding="utf-8"))
        conn.execute("INSERT INTO schema_migrations (name) VALUES (%s)", (migration.name,))
    log.info("applied %s", migration.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dry-run", action="store_true", help="list pending migrations only")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    settings = DbSettings.from_env()
    try:
        conn = psycopg.connect(settings.dsn, autocommit=True)
    except psycopg.OperationalError as exc:
        log.error("cannot reach export database at %s: %s", settings.dsn, exc)
        return 2

    with conn:
        todo = pending_migrations(conn)
        if not todo:
            log.info("export database is up to date")
            return 0
        for migration in todo:
            if args.dry_run:
                log.info("pending: %s", migration.name)
            else:
                apply(conn, migration)
    return 0


if __name__ == "__main__":
    sys.exit(main())
