"""Write rendered job scripts into the portal spool directory."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

SPOOL_DIR = Path(os.environ.get("PORTAL_SPOOL_DIR", "/var/spool/hpc-portal"))


@contextmanager
def spooled_script(text: str, prefix: str = "job_") -> Iterator[Path]:
    """Yield the path of a private temporary copy of ``text``; remove it afterwards."""
    SPOOL_DIR.mkdir(mode=0o750, parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".sbatch", dir=SPOOL_DIR)
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(path, 0o640)
        yield path
    finally:
        path.unlink(missing_ok=True)


def stale_scripts(max_age_seconds: int = 86400) -> list[Path]:
    import time

    cutoff = time.time() - max_age_seconds
    return [p for p in SPOOL_DIR.glob("job_*.sbatch") if p.stat().st_mtime < cutoff]
