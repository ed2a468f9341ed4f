"""Stage large CSV exports on disk before handing them to the storage uploader."""
from __future__ import annotations

import csv
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Sequence


@contextmanager
def staged_csv(header: Sequence[str], rows: Iterable[Sequence[object]], *, prefix: str = "export-") -> Iterator[Path]:
    """Write rows to a private temporary CSV and yield its path.

    The file is removed when the context exits, whether or not the upload
    succeeded.
    """
    tmp = tempfile.NamedTemporaryFile(
        mode="w", newline="", encoding="utf-8", prefix=prefix, suffix=".csv", delete=False
    )
    path = Path(tmp.name)
    try:
        with tmp:
            writer = csv.writer(tmp)
            writer.writerow(header)
            writer.writerows(rows)
        yield path
    finally:
        path.unlink(missing_ok=True)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Replace ``target`` atomically by writing to a sibling temp file first."""
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
