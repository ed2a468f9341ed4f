"""Write the hashed notebook password into a user's Jupyter server config.

Called by the portal's spawner hook before a notebook job starts. Jupyter
Server understands ``argon2:``-prefixed hashes, so we produce those directly.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

CONFIG_NAME = "jupyter_server_config.json"

_hasher = PasswordHasher()


def hash_notebook_password(password: str) -> str:
    return "argon2:" + _hasher.hash(password)


def config_fingerprint(path: Path) -> str:
    """Short digest of the config file, used to skip no-op rewrites."""
    if not path.exists():
        return ""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _atomic_write(path: Path, payload: dict) -> None:
    tmp = path.with_suffix(".json.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, indent=2, sort_keys=True)
        fh.write("\n")
    os.replace(tmp, path)


def apply_password(home: Path, password: str) -> bool:
    """Store the hash; return True when the file changed."""
    config_dir = home / ".jupyter"
    config_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = config_dir / CONFIG_NAME

    before = config_fingerprint(path)
    config = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    server = config.setdefault("ServerApp", {})

    existing = server.get("password", "")
    if existing.startswith("argon2:"):
        try:
            if _hasher.verify(existing[len("argon2:"):], password):
                return False
        except (VerificationError, InvalidHashError):
            pass

    server["password"] = hash_notebook_password(password)
    server["password_required"] = True
    _atomic_write(path, config)
    return config_fingerprint(path) != before
