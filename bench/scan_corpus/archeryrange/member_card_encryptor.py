"""Encrypts the emergency-contact block printed on member range cards.

Range cards carry a QR code the range safety officer can scan with the
club tablet to see the archer's emergency contact. The QR payload is
encrypted so a lost card does not expose the contact details.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from Crypto.Cipher import AES

TAG_BYTES = 16
NONCE_BYTES = 16


@dataclass
class EmergencyContact:
    member_no: str
    contact_name: str
    contact_phone: str
    relationship: str


def _card_key() -> bytes:
    key = base64.b64decode(os.environ["RANGE_CARD_KEY"])
    if len(key) != 32:
        raise RuntimeError("RANGE_CARD_KEY must be 32 bytes")
    return key


class RangeCardEncryptor:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _card_key()

    def encrypt(self, contact: EmergencyContact) -> str:
        cipher = AES.new(self._key, AES.MODE_EAX)
        plaintext = json.dumps(asdict(contact), separators=(",", ":")).encode("utf-8")
        ciphertext, tag = cipher.encrypt_and_digest(plaintext)
        return base64.urlsafe_b64encode(cipher.nonce + tag + ciphertext).decode("ascii")

    def decrypt(self, payload: str) -> EmergencyContact:
        raw = base64.urlsafe_b64decode(payload)
        nonce = raw[:NONCE_BYTES]
        tag = raw[NONCE_BYTES:NONCE_BYTES + TAG_BYTES]
        ciphertext = raw[NONCE_BYTES + TAG_BYTES:]
        cipher = AES.new(self._key, AES.MODE_EAX, nonce=nonce)
        data = cipher.decrypt_and_verify(ciphertext, tag)
        return EmergencyContact(**json.loads(data))


def qr_payload_for(conn, member_no: str, encryptor: RangeCardEncryptor) -> str:
    row = conn.execute(
        "SELECT contact_name, contact_phone, relationship FROM emergency_contacts "
        "WHERE member_no = ?",
        (member_no,),
    ).fetchone()
    if row is None:
        raise LookupError(f"No emergency contact on file for {member_no}")
    contact = EmergencyContact(member_no, row[0], row[1], row[2])
    return "RC1." + encryptor.encrypt(contact)


def read_qr_payload(payload: str, encryptor: RangeCardEncryptor) -> EmergencyContact:
    prefix, _, body = payload.partition(".")
    if prefix != "RC1":
        raise ValueError("Not a range card payload")
    return encryptor.decrypt(body)
