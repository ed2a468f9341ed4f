"""Derive the local secrets-vault key from the user's master password."""
import base64
import os
import re
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

SALT_FILE = "vault.salt"
NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def load_or_create_salt(vault_dir: Path) -> bytes:
    salt_path = vault_dir / SALT_FILE
    if salt_path.exists():
        return salt_path.read_bytes()
    salt = os.urandom(16)
    salt_path.write_bytes(salt)
    salt_path.chmod(0o600)
    return salt


def derive_vault_key(master_password: str, salt: bytes) -> bytes:
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=100_000)
    return base64.urlsafe_b64encode(kdf.derive(master_password.encode("utf-8")))


class Vault:
    """Directory of Fernet-encrypted secrets unlocked by one master password."""

    def __init__(self, vault_dir: Path, master_password: str) -> None:
        self._dir = vault_dir
        self._dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._fernet = Fernet(derive_vault_key(master_password, load_or_create_salt(self._dir)))

    def _path(self, name: str) -> Path:
        if not NAME_RE.match(name) or name.startswith("."):
            raise ValueError(f"invalid secret name: {name!r}")
        return self._dir / f"{name}.secret"

    def put(self, name: str, value: str) -> None:
        path = self._path(name)
        path.write_bytes(self._fernet.encrypt(value.encode("utf-8")))
        path.chmod(0o600)

    def get(self, name: str) -> str | None:
        path = self._path(name)
        if not path.exists():
            return None
        try:
            return self._fernet.decrypt(path.read_bytes()).decode("utf-8")
        except InvalidToken as exc:
            raise PermissionError("wrong master password or corrupted vault") from exc
