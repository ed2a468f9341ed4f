"""Encrypted storage of members' emergency contacts.

Trip leaders can look up next-of-kin details offline from the trip
tablet; the records are encrypted at rest with a key fetched from AWS KMS.
"""
from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class EmergencyContact:
    member_id: int
    contact_name: str
    relationship: str
    phone: str
    medical_notes: str = ""


class ContactVault:
    """Encrypts contact records with a data key unwrapped by KMS."""

    def __init__(self, wrapped_key_b64: str, region: str = "eu-west-1") -> None:
        kms = boto3.client("kms", region_name=region)
        response = kms.decrypt(CiphertextBlob=base64.b64decode(wrapped_key_b64))
        self._key = response["Plaintext"]
        if len(self._key) != 32:
            raise ValueError("expected a 256-bit data key")

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, contact: EmergencyContact) -> str:
        plaintext = json.dumps(asdict(contact), sort_keys=True).encode("utf-8")
        padder = padding.PKCS7(128).padder()
        padded = padder.update(plaintext) + padder.finalize()
        encryptor = self._cipher().encryptor()
        blob = encryptor.update(padded) + encryptor.finalize()
        return base64.b64encode(blob).decode("ascii")

    def open(self, token: str) -> EmergencyContact:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        plaintext = unpadder.update(padded) + unpadder.finalize()
        return EmergencyContact(**json.loads(plaintext))

    def export_for_trip(self, contacts: list[EmergencyContact]) -> list[dict]:
        return [
            {"member_id": c.member_id, "record": self.seal(c)}
            for c in contacts
        ]
