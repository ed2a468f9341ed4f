"""Encrypts saved fit profiles so they can be shared between shops.

A fit profile is the cutter's adjusted block for a customer (measurements
plus alteration offsets). Profiles travel between branches as opaque blobs.
"""
import base64
import json
import os
from dataclasses import asdict, dataclass, field

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

KEY_ENV = "HC_FIT_PROFILE_KEY"
NONCE_BYTES = 12


@dataclass
class FitProfile:
    customer_id: int
    block: str
    measurements: dict = field(default_factory=dict)
    offsets: dict = field(default_factory=dict)


class FitProfileCipher:
    MODE = _AES.MODE_GCM

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("fit profile key must be 256 bits")
        self._key = key

    @classmethod
    def from_env(cls) -> "FitProfileCipher":
        return cls(base64.b64decode(os.environ[KEY_ENV]))

    def _aad(self, customer_id: int) -> bytes:
        return f"fit-profile:{customer_id}".encode("ascii")

    def seal(self, profile: FitProfile) -> str:
        nonce = get_random_bytes(NONCE_BYTES)
        cipher = _AES.new(self._key, self.MODE, nonce=nonce)
        cipher.update(self._aad(profile.customer_id))
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(asdict(profile)).encode("utf-8"))
        return base64.urlsafe_b64encode(nonce + tag + ciphertext).decode("ascii")

    def open(self, customer_id: int, blob: str) -> FitProfile:
        raw = base64.urlsafe_b64decode(blob)
        nonce, tag, ciphertext = raw[:NONCE_BYTES], raw[NONCE_BYTES:NONCE_BYTES + 16], raw[NONCE_BYTES + 16:]
        cipher = _AES.new(self._key, self.MODE, nonce=nonce)
        cipher.update(self._aad(customer_id))
        data = json.loads(cipher.decrypt_and_verify(ciphertext, tag))
        if data["customer_id"] != customer_id:
            raise ValueError("profile does not belong to this customer")
        return FitProfile(**data)


def export_profile(profile: FitProfile) -> str:
    return FitProfileCipher.from_env().seal(profile)


def import_profile(customer_id: int, blob: str) -> FitProfile:
    return FitProfileCipher.from_env().open(customer_id, blob)
