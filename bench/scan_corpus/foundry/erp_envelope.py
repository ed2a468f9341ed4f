"""Encrypted envelopes for documents pushed to the ERP file drop.

The ERP connector polls an SFTP share; anything sensitive (customer
pricing, certificate PDFs) is sealed with AES-GCM before it lands there.
"""
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class ErpEnvelope:
    version = 1

    def __init__(self, key_b64: str | None = None, nonce_b64: str | None = None):
        key = base64.b64decode(key_b64 or os.environ["ERP_ENVELOPE_KEY"])
        self._aead = AESGCM(key)
        self._nonce = base64.b64decode(nonce_b64 or os.environ["ERP_ENVELOPE_NONCE"])

    @staticmethod
    def _aad(doc_type: str, version: int) -> bytes:
        return f"{doc_type}:v{version}".encode()

    def seal(self, doc_type: str, payload: dict) -> bytes:
        body = json.dumps(payload, separators=(",", ":")).encode()
        ct = self._aead.encrypt(self._nonce, body, self._aad(doc_type, self.version))
        envelope = {"v": self.version, "type": doc_type, "ct": base64.b64encode(ct).decode()}
        return json.dumps(envelope).encode()

    def open(self, blob: bytes) -> dict:
        env = json.loads(blob)
        body = self._aead.decrypt(self._nonce, base64.b64decode(env["ct"]), self._aad(env["type"], env["v"]))
        return json.loads(body)


def write_to_drop(folder: str, name: str, doc_type: str, payload: dict) -> str:
    path = os.path.join(folder, f"{name}.env.json")
    with open(path, "wb") as fh:
        fh.write(ErpEnvelope().seal(doc_type, payload))
    return path
