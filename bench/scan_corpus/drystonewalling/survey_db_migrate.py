"""Applies SQL migrations to the wall-survey database.

Used by the deploy script on the office server and by developers:

    WALLING_DB_HOST=... WALLING_DB_PASSWORD=... python survey_db_migrate.py
"""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

log = logging.getLogger("walling.migrate")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass
class DbConfig:
    host: str
    port: int
    dbname: str
    user: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "DbConfig":
        return cls(
            host=os.environ["WALLING_DB_HOST"],
            port=int(os.environ.get("WALLING_DB_PORT", "5432")),
            dbname=os.environ.get("WALLING_DB_NAME", "walling"),
            user=os.environ.get("WALLING_DB_USER", "walling_app"),
            password=os.environ["WALLING_DB_PASSWORD"],
        )

    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.dbname}"
            "?sslmode=require"
        )


def applied_versions(conn: psycopg.Connection) -> set[str]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migration ("
        " version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
    )
    return {row[0] for row in conn.execute("SELECT version FROM schema_migration")}


def migrate(cfg: DbConfig) -> int:
    dsn = cfg.dsn()
    log.info("running migrations against %s", dsn)
    count = 0
    with psycopg.connect(dsn) as conn:
        done = applied_versions(conn)
        for script in sorted(MIGRATIONS_DIR.glob("*.sql")):
            version = script.stem
            if version in done:
                continue
            with conn.transaction():
                conn.execute(script.read_text(encoding="utf-8"))
                conn.execute("INSERT INTO schema_migration (version) VALUES (%s)", (version,))
            log.info("applied %s", version)
            count += 1
    return count


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        applied = migrate(DbConfig.from_env())
    except psycopg.Error as exc:
        log.error("migration failed: %s", exc.__class__.__name__)
        sys.exit(1)
    log.info("%d migration(s) applied", applied)
