"""Applies schema migrations to the results database before the season starts."""
from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

log = logging.getLogger("results_migrate")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def connect(url: str) -> Engine:
    engine = create_engine(make_url(url), pool_pre_ping=True)
    log.info("Connecting to %s", engine.url.render_as_string(hide_password=True))
    return engine


def applied_versions(engine: Engine) -> set[str]:
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ DEFAULT now())"
            )
        )
        return {row[0] for row in conn.execute(text("SELECT version FROM schema_migrations"))}


def pending(engine: Engine) -> list[Path]:
    done = applied_versions(engine)
    return [p for p in sorted(MIGRATIONS_DIR.glob("*.sql")) if p.stem not in done]


def apply(engine: Engine, migration: Path) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(migration.read_text())
        conn.execute(
            text("INSERT INTO schema_migrations (version) VALUES (:v)"), {"v": migration.stem}
        )
    log.info("Applied migration %s", migration.stem)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    engine = connect(os.environ["RESULTS_DATABASE_URL"])
    outstanding = pending(engine)
    if not outstanding:
        log.info("Results database is up to date")
        return 0
    for migration in outstanding:
        if args.dry_run:
            log.info("Would apply %s", migration.stem)
        else:
            apply(engine, migration)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
