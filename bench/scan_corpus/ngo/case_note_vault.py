"""Encryption of sensitive case-note fields for the outreach team.

Values are sealed with AES-256-GCM. Because ciphertexts are randomised, a
separate keyed HMAC "blind index" column lets caseworkers find a person by
national ID without decrypting every row.
"""
import base64
import hashlib
import hmac
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
ENCRYPTED_FIELDS = ("national_id", "address", "safe_contact_number")


def _key(var: str) -> bytes:
    key = base64.b64decode(os.environ[var])
    if len(key) != 32:
        raise RuntimeError(f"{var} must decode to 32 bytes")
    return key


class CaseNoteVault:
    def __init__(self, enc_key: bytes, index_key: bytes):
        self._aead = AESGCM(enc_key)
        self._index_key = index_key

    @classmethod
    def from_env(cls) -> "CaseNoteVault":
        return cls(_key("CASE_FIELD_KEY"), _key("CASE_INDEX_KEY"))

    def seal(self, value: str, field: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, value.encode("utf-8"), field.encode("ascii"))
        return base64.b64encode(nonce + ct).decode("ascii")

    def unseal(self, token: str, field: str) -> str:
        raw = base64.b64decode(token)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, field.encode("ascii")).decode("utf-8")

    def blind_index(self, national_id: str) -> str:
        normalised = national_id.replace(" ", "").upper()
        return hmac.new(self._index_key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()

    def seal_record(self, record: dict) -> dict:
        out = dict(record)
        if record.get("national_id"):
            out["national_id_index"] = self.blind_index(record["national_id"])
        for f in ENCRYPTED_FIELDS:
            if out.get(f):
                out[f] = self.seal(out[f], f)
        return out
