"""Nightly job: copy permit status from the navigation authority's CSV export
into our own database so that trip planning can see which stretches of river
are covered on a given day."""
from __future__ import annotations

import argparse
import csv
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import psycopg

log = logging.getLogger("permit_sync")


@dataclass(frozen=True)
class DbSettings:
    host: str
    port: int
    user: str
    password: str
    name: str

    @classmethod
    def from_env(cls) -> "DbSettings":
        return cls(
            host=os.environ.get("PGHOST", "localhost"),
            port=int(os.environ.get("PGPORT", "5432")),
            user=os.environ["PGUSER"],
            password=os.environ["PGPASSWORD"],
            name=os.environ.get("PGDATABASE", "coraclemaker"),
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"


UPSERT = (
    "INSERT INTO river_permits (reference, river_code, authority, valid_from, valid_to, status) "
    "VALUES (%(reference)s, %(river_code)s, %(authority)s, %(valid_from)s, %(valid_to)s, %(status)s) "
    "ON CONFLICT (reference) DO UPDATE SET status = EXCLUDED.status, valid_to = EXCLUDED.valid_to"
)


def read_export(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return [
            {
                "reference": row["Permit Ref"].strip(),
                "river_code": row["Waterway"].strip().upper(),
                "authority": row["Issuer"].strip(),
                "valid_from": row["Start"],
                "valid_to": row["End"],
                "status": row["Status"].strip().lower(),
            }
            for row in csv.DictReader(fh)
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("export", type=Path, help="CSV export from the authority portal")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    settings = DbSettings.from_env()
    rows = read_export(args.export)
    log.info("syncing %d permits into %s", len(rows), settings.dsn)
    with psycopg.connect(settings.dsn) as conn, conn.cursor() as cur:
        cur.executemany(UPSERT, rows)
    log.info("permit sync finished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
