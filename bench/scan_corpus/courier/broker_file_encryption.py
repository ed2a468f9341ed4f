"""Encryption of declaration files exchanged with the clearance broker.

Both sides hold a list of Fernet keys; the newest one encrypts, all of them
can decrypt, which lets us rotate without a coordinated cut-over.
"""
import os

from cryptography.fernet import InvalidToken, MultiFernet, Fernet

KEY_ENV = "CUSTOMS_BROKER_FERNET_KEYS"


def _keyring() -> MultiFernet:
    keys = [k.strip() for k in os.environ[KEY_ENV].split(",") if k.strip()]
    if not keys:
        raise RuntimeError(f"{KEY_ENV} is empty")
    return MultiFernet([Fernet(k) for k in keys])


def encrypt_export(plaintext: bytes) -> bytes:
    return _keyring().encrypt(plaintext)


def decrypt_import(token: bytes, max_age_s: int = 7 * 24 * 3600) -> bytes:
    try:
        return _keyring().decrypt(token, ttl=max_age_s)
    except InvalidToken as exc:
        raise ValueError("broker file could not be decrypted or is too old") from exc


def rotate_archive(paths: list[str]) -> int:
    """Re-encrypt archived exports under the newest key."""
    ring = _keyring()
    for path in paths:
        with open(path, "rb") as fh:
            token = fh.read()
        with open(path + ".tmp", "wb") as fh:
            fh.write(ring.rotate(token))
        os.replace(path + ".tmp", path)
    return len(paths)
