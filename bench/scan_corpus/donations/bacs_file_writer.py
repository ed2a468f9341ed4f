"""Write BACS Standard 18 submission files for monthly regular gifts."""

import os
import stat
from contextlib import contextmanager
from pathlib import Path

OUTPUT_DIR = Path(os.environ.get("BACS_OUTPUT_DIR", "/srv/fundraising/bacs"))
FILE_MODE = stat.S_IRUSR | stat.S_IWUSR  # 0o600
DIR_MODE = 0o700


@contextmanager
def restrictive_umask(mask: int = 0o077):
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def write_submission(serial: str, records: list[str]) -> Path:
    with restrictive_umask():
        OUTPUT_DIR.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        path = OUTPUT_DIR / f"{serial}.std18"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "w", encoding="ascii", newline="\r\n") as fh:
            for record in records:
                fh.write(record + "\n")
    return path


def archive_submission(path: Path, archive_dir: Path) -> Path:
    archive_dir.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    target = archive_dir / path.name
    os.replace(path, target)
    os.chmod(target, 0o400)
    return target
