"""Set the login password for a user's notebook server.

The portal launches a Jupyter server inside each user's batch allocation. Users
choose a password in the portal UI; we store the hashed form in the server
config in their home directory so the spawned process can check it locally
without calling back to the portal.
"""
from __future__ import annotations

import argparse
import getpass
import hashlib
import json
import os
import secrets
from pathlib import Path

CONFIG_NAME = "jupyter_server_config.json"
HASH_ALGORITHM = "sha1"
SALT_BYTES = 12


def hash_password(password: str, salt: str | None = None) -> str:
    """Return a password string in the ``algo:salt:digest`` format Jupyter reads."""
    if salt is None:
        salt = secrets.token_hex(SALT_BYTES)
    digest = hashlib.new(HASH_ALGORITHM, (password + salt).encode("utf-8")).hexdigest()
    return f"{HASH_ALGORITHM}:{salt}:{digest}"


def load_config(config_dir: Path) -> dict:
    path = config_dir / CONFIG_NAME
    if not path.exists():
        return {}
    with path.open("r", encoding="utf-8") as fh:
        return json.load(fh)


def write_config(config_dir: Path, config: dict) -> Path:
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / CONFIG_NAME
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(config, fh, indent=2, sort_keys=True)
        fh.write("\n")
    return path


def set_password(config_dir: Path, password: str) -> Path:
    config = load_config(config_dir)
    server = config.setdefault("ServerApp", {})
    server["password"] = hash_password(password)
    server["password_required"] = True
    return write_config(config_dir, config)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--config-dir",
        type=Path,
        default=Path.home() / ".jupyter",
        help="directory holding jupyter_server_config.json",
    )
    args = parser.parse_args(argv)

    first = getpass.getpass("New notebook password: ")
    second = getpass.getpass("Repeat password: ")
    if first != second:
        parser.error("passwords do not match")
    if len(first) < 10:
        parser.error("password must be at least 10 characters")

    path = set_password(args.config_dir, first)
    print(f"Password updated in {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
