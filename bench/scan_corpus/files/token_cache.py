"""On-disk cache for the CLI's OAuth tokens."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

CACHE_PATH = Path(os.environ.get("ACME_CLI_HOME", "~/.config/acme-cli")).expanduser() / "tokens.json"


def _write_private(path: Path, payload: str) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(payload)
    os.replace(tmp, path)


def save_tokens(profile: str, access_token: str, refresh_token: str, expires_in: int) -> None:
    data = load_all()
    data[profile] = {
        "access_token": access_token,
        "refresh_token": refresh_token,
        "expires_at": int(time.time()) + int(expires_in),
    }
    _write_private(CACHE_PATH, json.dumps(data))


def load_all() -> dict:
    try:
        return json.loads(CACHE_PATH.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def get_access_token(profile: str, leeway: int = 60) -> str | None:
    entry = load_all().get(profile)
    if not entry or entry["expires_at"] - leeway < time.time():
        return None
    return entry["access_token"]
