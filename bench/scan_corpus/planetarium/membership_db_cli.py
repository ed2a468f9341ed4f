"""Quick membership database checks for the front-of-house team.

    python -m tools.membership_db_cli --expiring-within 30 -v
"""
import argparse
import os
import sys
from datetime import date, timedelta

import psycopg


def load_config() -> dict:
    return {
        "user": os.environ["MEMBERS_DB_USER"],
        "password": os.environ["MEMBERS_DB_PASSWORD"],
        "host": os.environ["MEMBERS_DB_HOST"],
        "port": os.environ.get("MEMBERS_DB_PORT", "5432"),
        "dbname": os.environ.get("MEMBERS_DB_NAME", "members"),
    }


def build_dsn(cfg: dict) -> str:
    return "postgresql://{user}:{password}@{host}:{port}/{dbname}".format(**cfg)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--expiring-within", type=int, default=30, metavar="DAYS")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)

    dsn = build_dsn(load_config())
    if args.verbose:
        print(f"connecting to {dsn}", file=sys.stderr)

    cutoff = date.today() + timedelta(days=args.expiring_within)
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT tier, count(*) FROM memberships"
            " WHERE status = %s AND expires_on <= %s GROUP BY tier ORDER BY tier",
            ("active", cutoff),
        )
        rows = cur.fetchall()

    print(f"Memberships expiring by {cutoff:%d %b %Y}:")
    for tier, count in rows:
        print(f"  {tier:<12} {count:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
