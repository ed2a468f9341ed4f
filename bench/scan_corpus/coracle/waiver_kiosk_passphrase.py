"""Boathouse waiver kiosk unlock.

The tablet kiosk in the boathouse collects signed safety waivers before
customers get on the water. A duty instructor unlocks the admin screen
with a passphrase; the derived key is stored in the kiosk's local config.
"""

import hashlib
import hmac
import json
import os
from pathlib import Path

KIOSK_CONFIG = Path(os.environ.get("KIOSK_CONFIG", "/etc/coracle/kiosk.json"))

SCRYPT_PARAMS = {
    "n": 2**15,
    "r": 8,
    "p": 1,
    "maxmem": 64 * 1024 * 1024,
    "dklen": 32,
}


def derive_unlock_key(passphrase: str, salt: bytes, params: dict = SCRYPT_PARAMS) -> bytes:
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, **params)


def set_admin_passphrase(passphrase: str, config_path: Path = KIOSK_CONFIG) -> None:
    salt = os.urandom(16)
    config = json.loads(config_path.read_text()) if config_path.exists() else {}
    config["admin_unlock"] = {
        "salt": salt.hex(),
        "key": derive_unlock_key(passphrase, salt).hex(),
    }
    config_path.write_text(json.dumps(config, indent=2))


def unlock_admin_screen(passphrase: str, config_path: Path = KIOSK_CONFIG) -> bool:
    config = json.loads(config_path.read_text())
    entry = config.get("admin_unlock")
    if not entry:
        return False
    candidate = derive_unlock_key(passphrase, bytes.fromhex(entry["salt"]))
    return hmac.compare_digest(candidate.hex(), entry["key"])


if __name__ == "__main__":
    import getpass

    set_admin_passphrase(getpass.getpass("New kiosk admin passphrase: "))
    print("Kiosk admin passphrase updated.")
