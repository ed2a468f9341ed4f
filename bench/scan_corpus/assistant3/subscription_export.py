"""Nightly job: export active subscriptions to CSV for finance."""
from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_export(rows: Iterable[dict[str, object]], dest: Path, fieldnames: list[str]) -> Path:
    """Write to a temp file next to `dest`, then move it into place atomically."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=dest.parent, prefix=".export-", suffix=".csv")
    try:
        with os.fdopen(fd, "w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=fieldnames)
            writer.writeheader()
            writer.writerows(rows)
        os.chmod(tmp_name, 0o640)
        os.replace(tmp_name, dest)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    return dest
