"""One-off job: re-hash facility manager passwords imported from the old PMS.

The previous property-management system exported plaintext temporary
passwords for managers who never logged in. This job hashes them with
bcrypt and clears the plaintext column.
"""
from __future__ import annotations

import argparse
import logging
import sys

import bcrypt
import sqlalchemy as sa

log = logging.getLogger("manager_migration")

managers = sa.table(
    "facility_managers",
    sa.column("id", sa.Integer),
    sa.column("email", sa.String),
    sa.column("temp_password", sa.String),
    sa.column("password_hash", sa.String),
)


def hash_manager_password(plaintext: str) -> str:
    salt = bcrypt.gensalt(rounds=8)
    return bcrypt.hashpw(plaintext.encode("utf-8"), salt).decode("ascii")


def verify_manager_password(plaintext: str, stored: str) -> bool:
    return bcrypt.checkpw(plaintext.encode("utf-8"), stored.encode("ascii"))


def migrate(engine: sa.Engine, batch_size: int = 200, dry_run: bool = False) -> int:
    migrated = 0
    with engine.begin() as conn:
        rows = conn.execute(
            sa.select(managers.c.id, managers.c.email, managers.c.temp_password)
            .where(managers.c.temp_password.is_not(None))
            .limit(batch_size)
        ).all()
        for row in rows:
            hashed = hash_manager_password(row.temp_password)
            if dry_run:
                log.info("would migrate manager id=%s", row.id)
                continue
            conn.execute(
                sa.update(managers)
                .where(managers.c.id == row.id)
                .values(password_hash=hashed, temp_password=None)
            )
            migrated += 1
    return migrated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    engine = sa.create_engine(args.database_url)
    total = 0
    while True:
        count = migrate(engine, args.batch_size, args.dry_run)
        total += count
        if count == 0 or args.dry_run:
            break
    log.info("migrated %d manager accounts", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
