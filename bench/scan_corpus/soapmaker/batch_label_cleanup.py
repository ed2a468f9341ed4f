"""Removes rendered batch label files once a batch has been sold through or recalled."""

from __future__ import annotations

import argparse
import logging
import os
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

log = logging.getLogger("label_cleanup")

LABEL_SUFFIXES = (".png", ".pdf", ".zpl")


class LabelStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def files_for_batch(self, batch_id: int) -> list[Path]:
        batch_dir = self.root / f"batch-{int(batch_id):06d}"
        if not batch_dir.is_dir():
            return []
        return [p for p in batch_dir.iterdir() if p.suffix in LABEL_SUFFIXES]

    def purge_batch(self, batch_id: int, dry_run: bool) -> int:
        removed = 0
        for path in self.files_for_batch(batch_id):
            if dry_run:
                log.info("would remove %s", path)
            else:
                path.unlink()
            removed += 1
        return removed


def finished_batches(database_url: str, older_than_days: int) -> list[int]:
    engine = create_engine(database_url)
    cutoff = date.today() - timedelta(days=older_than_days)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id FROM batches WHERE status IN ('sold_out', 'recalled') "
                "AND closed_on < :cutoff"
            ),
            {"cutoff": cutoff},
        ).all()
    return [r.id for r in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--older-than-days", type=int, default=90)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    store = LabelStore(Path(os.environ.get("LABEL_ROOT", "/srv/soapworks/labels")))
    total = 0
    for batch_id in finished_batches(os.environ["BATCH_DATABASE_URL"], args.older_than_days):
        total += store.purge_batch(batch_id, args.dry_run)
    log.info("label cleanup done: %d files", total)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
