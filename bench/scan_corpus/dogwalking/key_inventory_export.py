"""Nightly job: writes a per-client CSV of the house keys held by the agency."""

from __future__ import annotations

import csv
import logging
import os
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text

log = logging.getLogger("jobs.key_inventory")

EXPORT_ROOT = Path(os.environ.get("KEY_EXPORT_DIR", "/var/lib/dogwalk/key-exports"))


def export_path(client_id: int, day: date) -> Path:
    return EXPORT_ROOT / day.isoformat() / f"keys_client_{int(client_id)}.csv"


def run(database_url: str, day: date | None = None) -> int:
    day = day or date.today()
    engine = create_engine(database_url)
    written = 0
    with engine.connect() as conn:
        clients = conn.execute(
            text("SELECT DISTINCT client_id FROM house_keys WHERE returned_at IS NULL")
        ).scalars().all()
        for client_id in clients:
            keys = conn.execute(
                text(
                    "SELECT key_label, tag_number, holder, checked_out_at"
                    " FROM house_keys WHERE client_id = :cid AND returned_at IS NULL"
                    " ORDER BY key_label"
                ),
                {"cid": client_id},
            ).all()
            target = export_path(client_id, day)
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("w", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(["key_label", "tag_number", "holder", "checked_out_at"])
                writer.writerows(keys)
            written += 1
    log.info("wrote key inventory for %d clients under %s", written, EXPORT_ROOT / day.isoformat())
    return written


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(os.environ["DATABASE_URL"])
