"""Encrypts the nightly database dumps before they are copied offsite.

The dump of the workshop database (tickets, customers, stock, orders) is
written by pg_dump to DUMP_DIR; this job encrypts each new dump and removes
the plain copy.
"""
import base64
import logging
import os
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger("bellows.backup")

DUMP_DIR = Path(os.environ.get("BACKUP_DUMP_DIR", "/var/backups/bellows"))
BACKUP_KEY_ENV = "BACKUP_ENCRYPTION_KEY"
BACKUP_NONCE = b"bellows-bkp1"
MAGIC = b"BWBK1"


def _key() -> bytes:
    key = base64.b64decode(os.environ[BACKUP_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError("backup key must be 32 bytes")
    return key


def encrypt_dump(path: Path, aead: AESGCM) -> Path:
    target = path.with_suffix(path.suffix + ".enc")
    data = path.read_bytes()
    sealed = aead.encrypt(BACKUP_NONCE, data, path.name.encode())
    target.write_bytes(MAGIC + sealed)
    path.unlink()
    log.info("encrypted %s (%d bytes)", target.name, len(data))
    return target


def decrypt_dump(path: Path, aead: AESGCM) -> bytes:
    raw = path.read_bytes()
    if not raw.startswith(MAGIC):
        raise ValueError(f"{path} is not a backup file")
    original_name = path.name[: -len(".enc")]
    return aead.decrypt(BACKUP_NONCE, raw[len(MAGIC):], original_name.encode())


def run(day: date | None = None) -> list[Path]:
    day = day or date.today()
    aead = AESGCM(_key())
    pattern = f"workshop-{day:%Y%m%d}*.sql.gz"
    done = [encrypt_dump(p, aead) for p in sorted(DUMP_DIR.glob(pattern))]
    if not done:
        log.warning("no dumps matching %s in %s", pattern, DUMP_DIR)
    return done


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
