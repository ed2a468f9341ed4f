"""Writes regulator audit CSVs via a staging file so partial exports are never published."""
from __future__ import annotations

import csv
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Sequence

AUDIT_COLUMNS = ("event_id", "occurred_at", "actor", "action", "donor_ref", "detail")


@contextmanager
def staged_output(final_path: Path) -> Iterator[tempfile._TemporaryFileWrapper]:
    final_path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(
        mode="w", newline="", encoding="utf-8", dir=final_path.parent,
        prefix=f".{final_path.stem}-", suffix=".partial", delete=False,
    )
    try:
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        os.replace(handle.name, final_path)
    except BaseException:
        handle.close()
        Path(handle.name).unlink(missing_ok=True)
        raise


def write_audit_csv(final_path: Path, rows: Iterable[Sequence[object]]) -> int:
    count = 0
    with staged_output(final_path) as handle:
        writer = csv.writer(handle)
        writer.writerow(AUDIT_COLUMNS)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def export_period(repository, period: str, out_dir: Path) -> Path:
    target = out_dir / f"audit_{period}.csv"
    rows = ((e.id, e.occurred_at.isoformat(), e.actor, e.action, e.donor_ref, e.detail)
            for e in repository.events_for_period(period))
    write_audit_csv(target, rows)
    return target
