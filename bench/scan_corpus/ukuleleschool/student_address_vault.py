"""Encrypts student shipping addresses used for instrument rental deliveries."""
import base64
import json
import os
from dataclasses import asdict, dataclass

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes


@dataclass
class ShippingAddress:
    student_id: int
    name: str
    street: str
    postcode: str
    city: str
    country: str


class AddressVault:
    NONCE_BYTES = 12
    TAG_BYTES = 16

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("address vault key must be 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "AddressVault":
        return cls(base64.b64decode(os.environ["ADDRESS_VAULT_KEY"]))

    def seal(self, address: ShippingAddress) -> str:
        nonce = get_random_bytes(self.NONCE_BYTES)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=self.TAG_BYTES)
        cipher.update(str(address.student_id).encode("ascii"))
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(asdict(address)).encode("utf-8"))
        return base64.b64encode(nonce + tag + ciphertext).decode("ascii")

    def open(self, student_id: int, token: str) -> ShippingAddress:
        blob = base64.b64decode(token)
        nonce = blob[: self.NONCE_BYTES]
        tag = blob[self.NONCE_BYTES : self.NONCE_BYTES + self.TAG_BYTES]
        ciphertext = blob[self.NONCE_BYTES + self.TAG_BYTES :]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=self.TAG_BYTES)
        cipher.update(str(student_id).encode("ascii"))
        data = json.loads(cipher.decrypt_and_verify(ciphertext, tag))
        return ShippingAddress(**data)


def label_lines(address: ShippingAddress) -> list:
    return [address.name, address.street, f"{address.postcode} {address.city}", address.country.upper()]
