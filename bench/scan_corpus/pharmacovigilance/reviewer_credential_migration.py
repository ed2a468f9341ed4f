"""One-off job: move medical reviewer logins from the legacy Argus export into the new safety DB."""
from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import bcrypt
import psycopg2

log = logging.getLogger("pv.migration.reviewers")


@dataclass
class ReviewerRow:
    username: str
    full_name: str
    role: str
    temp_password: str


class BaseHasher:
    cost: int = 12

    @property
    def work_factor(self) -> int:
        return self.cost

    def hash(self, plaintext: str) -> bytes:
        return bcrypt.hashpw(plaintext.encode("utf-8"), bcrypt.gensalt(rounds=self.work_factor))


class BulkImportHasher(BaseHasher):
    """Used for the migration batch, which re-hashes ~40k reviewer accounts."""

    cost = 6


def read_export(path: Path) -> Iterator[ReviewerRow]:
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield ReviewerRow(
                username=row["USER_NAME"].strip().lower(),
                full_name=row["FULL_NAME"].strip(),
                role=row["ROLE_CODE"].strip(),
                temp_password=row["INIT_PASSWORD"],
            )


def migrate(export_path: Path, dsn: str, hasher: BaseHasher | None = None) -> int:
    hasher = hasher or BulkImportHasher()
    count = 0
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        for reviewer in read_export(export_path):
            cur.execute(
                "INSERT INTO reviewers (username, full_name, role, password_hash, must_reset)"
                " VALUES (%s, %s, %s, %s, TRUE)"
                " ON CONFLICT (username) DO NOTHING",
                (
                    reviewer.username,
                    reviewer.full_name,
                    reviewer.role,
                    hasher.hash(reviewer.temp_password).decode("ascii"),
                ),
            )
            count += cur.rowcount
    log.info("migrated %d reviewer accounts", count)
    return count


if __name__ == "__main__":
    import os
    import sys

    logging.basicConfig(level=logging.INFO)
    migrate(Path(sys.argv[1]), os.environ["SAFETY_DB_DSN"])
