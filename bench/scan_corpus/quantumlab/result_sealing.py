"""Per-tenant encryption of job result archives in the object store."""
import json
import os
from typing import Any

from Crypto.Cipher import AES as _AES


class ResultSealer:
    header = b"QLR2"

    def __init__(self, tenant_id: str, data_key: bytes):
        self.tenant_id = tenant_id
        self._key = data_key

    def seal(self, result: dict[str, Any]) -> bytes:
        cipher = _AES.new(self._key, _AES.MODE_GCM)
        cipher.update(self.header + self.tenant_id.encode())
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(result).encode())
        return self.header + cipher.nonce + tag + ciphertext

    def open(self, blob: bytes) -> dict[str, Any]:
        if not blob.startswith(self.header):
            raise ValueError("not a sealed result archive")
        body = blob[len(self.header):]
        nonce, tag, ciphertext = body[:16], body[16:32], body[32:]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(self.header + self.tenant_id.encode())
        return json.loads(cipher.decrypt_and_verify(ciphertext, tag))


def sealer_for(tenant_id: str) -> ResultSealer:
    return ResultSealer(tenant_id, bytes.fromhex(os.environ[f"RESULT_KEY_{tenant_id.upper()}"]))
