"""Credential cache for the ``ledger`` command-line tool (CLI-21).

``ledger login`` runs the device-code flow and stores the resulting tokens
in ``~/.config/ledger/credentials.json`` so later commands can reuse them.
"""
from __future__ import annotations

import json
import os
import stat
from dataclasses import asdict, dataclass
from pathlib import Path

CONFIG_DIR = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "ledger"
CREDENTIALS_FILE = CONFIG_DIR / "credentials.json"
DIR_MODE = 0o700
FILE_MODE = 0o600


@dataclass
class StoredCredentials:
    access_token: str
    refresh_token: str
    expires_at: float
    profile: str = "default"


def save_credentials(creds: StoredCredentials, path: Path = CREDENTIALS_FILE) -> None:
    """Atomically write ``creds`` to ``path``, readable only by the owner."""
    path.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    tmp_path = path.with_suffix(".tmp")
    tmp_path.unlink(missing_ok=True)
    fd = os.open(tmp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(creds), fh)
    os.replace(tmp_path, path)


def load_credentials(path: Path = CREDENTIALS_FILE) -> StoredCredentials | None:
    """Return cached credentials, or ``None`` when the user is not logged in."""
    if not path.exists():
        return None
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        os.chmod(path, FILE_MODE)
    with path.open(encoding="utf-8") as fh:
        return StoredCredentials(**json.load(fh))


def clear_credentials(path: Path = CREDENTIALS_FILE) -> None:
    """Remove the cached credentials (``ledger logout``)."""
    path.unlink(missing_ok=True)
