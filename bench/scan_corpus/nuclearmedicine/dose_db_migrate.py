"""Command-line tool that applies schema migrations to the dose records DB.

Usage: python -m nm.dose_db_migrate --dsn postgresql://... [--dry-run]
"""
import argparse
import logging
import os
import sys
from pathlib import Path

import psycopg

log = logging.getLogger("nm.dose_db_migrate")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def applied_versions(conn: psycopg.Connection) -> set[str]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
    )
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def pending(conn: psycopg.Connection) -> list[Path]:
    done = applied_versions(conn)
    return [p for p in sorted(MIGRATIONS_DIR.glob("*.sql")) if p.stem not in done]


def connect(dsn: str) -> psycopg.Connection:
    try:
        return psycopg.connect(dsn, connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise SystemExit(f"cannot reach dose records database at {dsn}: {exc}") from exc


def migrate(dsn: str, dry_run: bool) -> int:
    with connect(dsn) as conn:
        todo = pending(conn)
        if not todo:
            log.info("dose records schema is up to date")
            return 0
        for path in todo:
            log.info("%s %s", "would apply" if dry_run else "applying", path.name)
            if dry_run:
                continue
            with conn.transaction():
                conn.execute(path.read_text(encoding="utf-8"))
                conn.execute("INSERT INTO schema_migrations (version) VALUES (%s)", (path.stem,))
        return len(todo)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dsn", default=os.environ.get("DOSE_DB_DSN"))
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    if not args.dsn:
        parser.error("--dsn or DOSE_DB_DSN is required")
    count = migrate(args.dsn, args.dry_run)
    log.info("%d migration(s) %s", count, "pending" if args.dry_run else "applied")
    return 0


if __name__ == "__main__":
    sys.exit(main())
