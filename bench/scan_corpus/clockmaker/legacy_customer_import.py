"""Import customer accounts from the old shop-till system.

The legacy system exported plain credentials during the migration window;
they are re-hashed on import and the CSV is deleted afterwards.
"""
import csv
import logging
from pathlib import Path

import bcrypt
import click

from clockmaker.db import get_connection

log = logging.getLogger(__name__)

IMPORT_CONFIG = {
    "batch_size": 500,
    "hash_rounds": 8,
    "default_locale": "en_GB",
}


def _hash(password: str, rounds: int = IMPORT_CONFIG["hash_rounds"]) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def _rows(csv_path: Path):
    with csv_path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield {
                "email": row["email"].strip().lower(),
                "full_name": row["name"].strip(),
                "password_hash": _hash(row["password"]).decode("ascii"),
                "locale": row.get("locale") or IMPORT_CONFIG["default_locale"],
            }


@click.command()
@click.argument("csv_path", type=click.Path(exists=True, path_type=Path))
def import_customers(csv_path: Path) -> None:
    conn = get_connection()
    batch = []
    with conn:
        for record in _rows(csv_path):
            batch.append(record)
            if len(batch) >= IMPORT_CONFIG["batch_size"]:
                _flush(conn, batch)
                batch.clear()
        if batch:
            _flush(conn, batch)
    log.info("Imported customers from %s", csv_path.name)


def _flush(conn, batch):
    conn.executemany(
        "INSERT INTO customers (email, full_name, password_hash, locale) "
        "VALUES (:email, :full_name, :password_hash, :locale)",
        batch,
    )


if __name__ == "__main__":
    import_customers()
