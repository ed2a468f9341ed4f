"""Passphrase check for the front repair desk.

The repair desk laptop is shared by whoever is on reception; a desk
passphrase unlocks the tack-intake screen where bridles, girths and
saddles are booked in for repair.
"""
import base64
import hashlib
import hmac
import json
import os
from pathlib import Path

DESK_CONFIG = Path(os.environ.get("REPAIR_DESK_CONFIG", "/etc/saddler/repair_desk.json"))

KDF_NAME = "sha256"
KDF_ITERATIONS = 650_000
SALT_LEN = 16


def _kdf(passphrase: str, salt: bytes, iterations: int = KDF_ITERATIONS) -> bytes:
    return hashlib.pbkdf2_hmac(KDF_NAME, passphrase.encode("utf-8"), salt, iterations)


def set_desk_passphrase(passphrase: str, path: Path = DESK_CONFIG) -> None:
    salt = os.urandom(SALT_LEN)
    record = {
        "salt": base64.b64encode(salt).decode(),
        "iterations": KDF_ITERATIONS,
        "hash": base64.b64encode(_kdf(passphrase, salt)).decode(),
    }
    path.write_text(json.dumps(record))


def unlock_desk(passphrase: str, path: Path = DESK_CONFIG) -> bool:
    record = json.loads(path.read_text())
    salt = base64.b64decode(record["salt"])
    iterations = max(int(record["iterations"]), KDF_ITERATIONS)
    expected = base64.b64decode(record["hash"])
    return hmac.compare_digest(_kdf(passphrase, salt, iterations), expected)
