"""Per-recording content keys, wrapped with the archive master key."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

WRAP_MODE = _AES.MODE_GCM
HEADER = b"rk1"


class RecordingKeyWrapper:
    def __init__(self, master_key: bytes | None = None):
        if master_key is None:
            master_key = base64.b64decode(os.environ["RECORDING_MASTER_KEY"])
        if len(master_key) != 32:
            raise ValueError("master key must be 32 bytes")
        self._master = master_key

    def new_content_key(self) -> bytes:
        return get_random_bytes(32)

    def wrap(self, content_key: bytes, recording_id: str) -> str:
        cipher = _AES.new(self._master, WRAP_MODE)
        cipher.update(HEADER + recording_id.encode())
        ct, tag = cipher.encrypt_and_digest(content_key)
        return base64.b64encode(HEADER + cipher.nonce + tag + ct).decode("ascii")

    def unwrap(self, wrapped: str, recording_id: str) -> bytes:
        raw = base64.b64decode(wrapped)
        if raw[:3] != HEADER:
            raise ValueError("unknown wrap format")
        nonce, tag, ct = raw[3:19], raw[19:35], raw[35:]
        cipher = _AES.new(self._master, WRAP_MODE, nonce=nonce)
        cipher.update(HEADER + recording_id.encode())
        return cipher.decrypt_and_verify(ct, tag)
