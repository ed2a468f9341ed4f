"""Unlock the desktop client's offline keyring with the user's passphrase."""
import base64
import json
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

KDF_ITERATIONS = 1_200_000


def _derive_key(passphrase: str, salt: bytes, iterations: int) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=iterations)
    return base64.urlsafe_b64encode(kdf.derive(passphrase.encode("utf-8")))


class Keyring:
    def __init__(self, path: Path) -> None:
        self.path = path

    def create(self, passphrase: str, entries: dict[str, str]) -> None:
        salt = os.urandom(16)
        token = Fernet(_derive_key(passphrase, salt, KDF_ITERATIONS)).encrypt(
            json.dumps(entries).encode("utf-8")
        )
        doc = {
            "kdf": "pbkdf2-sha256",
            "iterations": KDF_ITERATIONS,
            "salt": base64.b64encode(salt).decode("ascii"),
            "data": token.decode("ascii"),
        }
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh)

    def unlock(self, passphrase: str) -> dict[str, str]:
        doc = json.loads(self.path.read_text(encoding="utf-8"))
        iterations = max(int(doc["iterations"]), KDF_ITERATIONS)
        key = _derive_key(passphrase, base64.b64decode(doc["salt"]), iterations)
        try:
            return json.loads(Fernet(key).decrypt(doc["data"].encode("ascii")))
        except InvalidToken as exc:
            raise PermissionError("incorrect passphrase") from exc
