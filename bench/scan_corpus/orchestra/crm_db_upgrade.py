#!/usr/bin/env python3
"""Run Alembic migrations against the donor CRM database.

Reads CRM_DB_* from the environment; intended for the release pipeline.
"""
import argparse
import os
import sys

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import URL


def crm_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["CRM_DB_USER"],
        password=os.environ["CRM_DB_PASSWORD"],
        host=os.environ["CRM_DB_HOST"],
        port=int(os.environ.get("CRM_DB_PORT", "5432")),
        database=os.environ.get("CRM_DB_NAME", "crm"),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="Upgrade the CRM schema")
    parser.add_argument("--revision", default="head")
    parser.add_argument("--sql", action="store_true", help="emit SQL instead of executing")
    args = parser.parse_args()

    url = crm_url()
    print(f"Upgrading {url.render_as_string(hide_password=True)} to {args.revision}")

    cfg = Config(os.path.join(os.path.dirname(__file__), "alembic.ini"))
    cfg.set_main_option("sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%"))
    command.upgrade(cfg, args.revision, sql=args.sql)
    return 0


if __name__ == "__main__":
    sys.exit(main())
