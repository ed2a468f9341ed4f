"""Connection helper and health check for the harvest-grading database."""
from __future__ import annotations

import argparse
import logging
import os
import sys

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger("grading.db")


def grading_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["GRADING_DB_USER"],
        password=os.environ["GRADING_DB_PASSWORD"],
        host=os.environ.get("GRADING_DB_HOST", "localhost"),
        port=int(os.environ.get("GRADING_DB_PORT", "5432")),
        database=os.environ.get("GRADING_DB_NAME", "grading"),
    )


def engine_for(url: URL | str) -> Engine:
    return create_engine(make_url(url), pool_pre_ping=True, pool_size=5)


def healthcheck(engine: Engine) -> bool:
    safe_url = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            lots = conn.execute(text("SELECT count(*) FROM graded_lots")).scalar_one()
    except OperationalError as exc:
        log.error("grading database %s unreachable: %s", safe_url, exc.orig.__class__.__name__)
        return False
    log.info("grading database %s ok, %d graded lots", safe_url, lots)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check the grading database connection.")
    parser.add_argument("--url", help="override the database URL (defaults to GRADING_DB_* vars)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    engine = engine_for(args.url or grading_url())
    try:
        return 0 if healthcheck(engine) else 1
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
