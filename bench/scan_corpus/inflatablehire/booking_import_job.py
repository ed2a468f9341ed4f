"""Imports booking exports uploaded by franchise depots into the central diary."""
from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

import yaml
from sqlalchemy import create_engine, text

logger = logging.getLogger("booking_import")

REQUIRED_FIELDS = ("reference", "customer_name", "phone", "hire_date", "unit_code", "postcode")


class BookingImportError(Exception):
    pass


def read_export(path: Path) -> list[dict]:
    with path.open("r", encoding="utf-8") as fh:
        document = yaml.load(fh, Loader=yaml.Loader)
    if not isinstance(document, dict) or "bookings" not in document:
        raise BookingImportError(f"{path.name}: expected a mapping with a 'bookings' list")
    return list(document["bookings"])


def validate(entry: dict) -> dict:
    missing = [f for f in REQUIRED_FIELDS if not entry.get(f)]
    if missing:
        raise BookingImportError(f"booking {entry.get('reference')!r} missing {', '.join(missing)}")
    hire_date = entry["hire_date"]
    if isinstance(hire_date, str):
        hire_date = date.fromisoformat(hire_date)
    return {**{f: entry[f] for f in REQUIRED_FIELDS}, "hire_date": hire_date}


def import_directory(inbox: Path, database_url: str) -> int:
    engine = create_engine(database_url)
    imported = 0
    for path in sorted(inbox.glob("*.yaml")):
        try:
            rows = [validate(e) for e in read_export(path)]
        except BookingImportError as exc:
            logger.warning("skipping %s: %s", path.name, exc)
            continue
        with engine.begin() as conn:
            for row in rows:
                conn.execute(
                    text(
                        "INSERT INTO bookings (reference, customer_name, phone, hire_date, "
                        "unit_code, postcode) VALUES (:reference, :customer_name, :phone, "
                        ":hire_date, :unit_code, :postcode) ON CONFLICT (reference) DO NOTHING"
                    ),
                    row,
                )
        imported += len(rows)
        path.rename(path.with_suffix(".done"))
    return imported


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    count = import_directory(Path(os.environ["IMPORT_INBOX"]), os.environ["DATABASE_URL"])
    logger.info("imported %d bookings", count)
