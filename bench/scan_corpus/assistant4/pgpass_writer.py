"""Render the ~/.pgpass file used by the nightly pg_dump job.

Credentials come from the secrets manager at job start; the file is rewritten
on every run so rotated passwords are picked up.
"""
import os
from dataclasses import dataclass
from pathlib import Path

BACKUP_DIR_MODE = 0o750
PGPASS_MODE = 0o600


@dataclass(frozen=True)
class PgCredential:
    host: str
    port: int
    dbname: str
    user: str
    password: str


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def write_pgpass(entries: list[PgCredential], path: Path | None = None) -> Path:
    path = path or Path.home() / ".pgpass"
    lines = [
        ":".join(_escape(str(v)) for v in (e.host, e.port, e.dbname, e.user, e.password))
        for e in entries
    ]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PGPASS_MODE)
    with os.fdopen(fd, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    # libpq ignores the file unless it is private to the owner
    os.chmod(path, PGPASS_MODE)
    return path


def ensure_backup_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, BACKUP_DIR_MODE)
    return path
