"""Publish generated monthly statements into the statements spool.

The SFTP service account is in the ``statements`` group and only needs to
read the files.
"""
import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

SPOOL_DIR = Path(os.environ.get("STATEMENTS_SPOOL", "/srv/spool/statements"))
FILE_MODE = 0o640
DIR_MODE = 0o750


def _ensure_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, DIR_MODE)


def publish(statement: Path, customer_id: int, period: str) -> Path:
    target_dir = SPOOL_DIR / period
    _ensure_dir(target_dir)
    target = target_dir / f"{customer_id}.pdf"
    tmp = target.with_suffix(".pdf.part")

    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as out, statement.open("rb") as src:
        shutil.copyfileobj(src, out)
    os.chmod(tmp, FILE_MODE)
    tmp.replace(target)
    log.info("published statement for customer %s (%s)", customer_id, period)
    return target


def publish_all(statements: dict[int, Path], period: str) -> list[Path]:
    return [publish(path, customer_id, period) for customer_id, path in sorted(statements.items())]
