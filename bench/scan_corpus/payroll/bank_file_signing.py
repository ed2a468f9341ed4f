"""Detached GnuPG signatures for outbound bank payment files.

Some banks require a detached, ASCII-armoured signature next to every
payment file; the signing key lives in the service account's keyring.
"""
import logging
import os
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

GPG_BINARY = os.environ.get("GPG_BINARY", "gpg")
SIGNING_KEY_ID = os.environ.get("BANK_SIGNING_KEY_ID", "")


def sign_file(path: Path, key_id: str = SIGNING_KEY_ID) -> Path:
    if not key_id:
        raise RuntimeError("BANK_SIGNING_KEY_ID is not configured")
    signature = path.with_name(path.name + ".asc")
    cmd = [
        GPG_BINARY,
        "--batch",
        "--yes",
        "--local-user", key_id,
        "--armor",
        "--output", str(signature),
        "--detach-sign",
        "--",
        str(path),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f"gpg failed for {path.name}: {result.stderr.strip()}")
    log.info("signed %s", path.name)
    return signature


def sign_batch(batch_dir: Path) -> list[Path]:
    return [sign_file(p) for p in sorted(batch_dir.glob("*.csv"))]
