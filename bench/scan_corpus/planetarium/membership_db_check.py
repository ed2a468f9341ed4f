"""Membership database health check for the box-office morning routine.

    python -m tools.membership_db_check -v
"""
import argparse
import os
import sys

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL


def build_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["MEMBERS_DB_USER"],
        password=os.environ["MEMBERS_DB_PASSWORD"],
        host=os.environ["MEMBERS_DB_HOST"],
        port=int(os.environ.get("MEMBERS_DB_PORT", "5432")),
        database=os.environ.get("MEMBERS_DB_NAME", "members"),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)

    url = build_url()
    if args.verbose:
        print(f"connecting to {url.render_as_string(hide_password=True)}", file=sys.stderr)

    engine = create_engine(url, pool_pre_ping=True)
    with engine.connect() as conn:
        active = conn.execute(
            text("SELECT count(*) FROM memberships WHERE status = :status"), {"status": "active"}
        ).scalar_one()
        lapsed = conn.execute(
            text("SELECT count(*) FROM memberships WHERE status = :status AND expires_on >= now() - interval '30 days'"),
            {"status": "lapsed"},
        ).scalar_one()

    print(f"active members: {active}")
    print(f"lapsed in last 30 days: {lapsed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
