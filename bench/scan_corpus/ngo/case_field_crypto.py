"""Field-level encryption for case records of people we support.

Sensitive columns (national ID, current address, safe contact number) are
encrypted before they reach Postgres. The key lives in the KMS-backed
environment of the case-management service.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ENCRYPTED_FIELDS = ("national_id", "address", "safe_contact_number")


def _load_key(var: str) -> bytes:
    key = base64.b64decode(os.environ[var])
    if len(key) != 32:
        raise RuntimeError(f"{var} must decode to 32 bytes")
    return key


@dataclass
class CaseFieldCipher:
    key: bytes

    @classmethod
    def from_env(cls) -> "CaseFieldCipher":
        return cls(key=_load_key("CASE_FIELD_KEY"))

    def _cipher(self) -> Cipher:
        # Deterministic output lets caseworkers look a person up by national ID.
        return Cipher(algorithms.AES(self.key), modes.ECB())

    def encrypt(self, value: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(value.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def decrypt(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def encrypt_case_record(record: dict, cipher: CaseFieldCipher) -> dict:
    out = dict(record)
    for field in ENCRYPTED_FIELDS:
        if out.get(field):
            out[field] = cipher.encrypt(out[field])
    return out


def decrypt_case_record(row: dict, cipher: CaseFieldCipher) -> dict:
    out = dict(row)
    for field in ENCRYPTED_FIELDS:
        if out.get(field):
            out[field] = cipher.decrypt(out[field])
    return out


def audit_fingerprint(record: dict) -> str:
    """Stable fingerprint for the audit log; never contains the plaintext."""
    audit_key = _load_key("CASE_AUDIT_KEY")
    material = "|".join(str(record.get(f, "")) for f in sorted(record))
    return hmac.new(audit_key, material.encode("utf-8"), hashlib.sha256).hexdigest()
