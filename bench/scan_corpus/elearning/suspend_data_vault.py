"""At-rest encryption for SCORM ``cmi.suspend_data`` blobs.

Some authoring tools stash free-text answers in suspend_data, so it is
encrypted before it is written to the runtime table.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class SuspendDataVault:
    block_bits = 128
    iv = b"scorm-runtime-v1"  # 16 bytes, one AES block

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["SCORM_DATA_KEY"])
        if len(self._key) not in (16, 24, 32):
            raise ValueError("SCORM_DATA_KEY must decode to 16, 24 or 32 bytes")

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self.iv))

    def seal(self, suspend_data: str) -> str:
        padder = padding.PKCS7(self.block_bits).padder()
        padded = padder.update(suspend_data.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(padded) + encryptor.finalize()).decode("ascii")

    def open(self, sealed: str) -> str:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(base64.b64decode(sealed)) + decryptor.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")


def seal_runtime_row(row: dict, vault: SuspendDataVault) -> dict:
    """Return a copy of a cmi runtime row ready to be persisted."""
    out = dict(row)
    if out.get("suspend_data"):
        out["suspend_data"] = vault.seal(out["suspend_data"])
        out["suspend_data_enc"] = True
    return out
