"""Passcodes for the trade-fair order kiosks.

Sales reps log into the kiosk tablet with a passcode; the kiosk stores only a
derived key so a lost tablet does not expose passcodes.
"""
import hashlib
import hmac
import json
import os
from pathlib import Path

VAULT_FILE = Path(os.environ.get("KIOSK_VAULT", "/etc/buttonworks/kiosk_vault.json"))
KDF_ITERATIONS = 600_000
KDF_DIGEST = "sha256"


def _load() -> dict:
    if VAULT_FILE.exists():
        return json.loads(VAULT_FILE.read_text())
    return {}


def _save(data: dict) -> None:
    tmp = VAULT_FILE.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2))
    os.replace(tmp, VAULT_FILE)


def _derive(passcode: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac(KDF_DIGEST, passcode.encode("utf-8"), salt, iterations)


def store_passcode(rep_id: str, passcode: str) -> None:
    vault = _load()
    salt = os.urandom(16)
    vault[rep_id] = {
        "salt": salt.hex(),
        "iterations": KDF_ITERATIONS,
        "key": _derive(passcode, salt, KDF_ITERATIONS).hex(),
    }
    _save(vault)


def verify_passcode(rep_id: str, passcode: str) -> bool:
    entry = _load().get(rep_id)
    if not entry:
        return False
    derived = _derive(passcode, bytes.fromhex(entry["salt"]), int(entry["iterations"]))
    return hmac.compare_digest(derived.hex(), entry["key"])
