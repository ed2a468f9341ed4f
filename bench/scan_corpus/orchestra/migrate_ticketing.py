#!/usr/bin/env python3
"""Apply pending schema migrations to the ticketing database.

Usage: migrate_ticketing.py [--dry-run]

Connection details come from the same TICKETING_DB_* variables the
application uses, so this can run as a release-phase job.
"""
import argparse
import os
import sys
from urllib.parse import quote

from alembic import command
from alembic.config import Config


def build_dsn() -> str:
    user = os.environ["TICKETING_DB_USER"]
    password = quote(os.environ["TICKETING_DB_PASSWORD"], safe="")
    host = os.environ.get("TICKETING_DB_HOST", "localhost")
    port = os.environ.get("TICKETING_DB_PORT", "5432")
    name = os.environ.get("TICKETING_DB_NAME", "ticketing")
    return f"postgresql+psycopg://{user}:{password}@{host}:{port}/{name}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dry-run", action="store_true", help="print SQL instead of applying it")
    args = parser.parse_args()

    dsn = build_dsn()
    print(f"Migrating {dsn}")

    cfg = Config(os.path.join(os.path.dirname(__file__), "alembic.ini"))
    cfg.set_main_option("sqlalchemy.url", dsn.replace("%", "%%"))
    command.upgrade(cfg, "head", sql=args.dry_run)
    print("Done.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
