"""Encrypts hirers' emergency contact details at rest.

The contact is only needed if something goes wrong on the cut (a fall in a
lock, a medical call-out), so it is stored encrypted and decrypted on
demand by the duty manager.
"""
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from canalboat.settings import settings

NONCE_SIZE = 12
CONTEXT = b"emergency-contact-v2"


def _aead() -> AESGCM:
    return AESGCM(bytes.fromhex(settings.EMERGENCY_CONTACT_KEY_HEX))


def encrypt_contact(name: str, phone: str, relationship: str) -> bytes:
    payload = json.dumps({"name": name, "phone": phone, "relationship": relationship}).encode("utf-8")
    nonce = os.urandom(NONCE_SIZE)
    return nonce + _aead().encrypt(nonce, payload, CONTEXT)


def decrypt_contact(blob: bytes) -> dict:
    nonce, ciphertext = blob[:NONCE_SIZE], blob[NONCE_SIZE:]
    return json.loads(_aead().decrypt(nonce, ciphertext, CONTEXT))


def store_for_booking(booking, name: str, phone: str, relationship: str) -> None:
    booking.emergency_contact = encrypt_contact(name, phone, relationship)


def duty_manager_view(booking) -> dict:
    if booking.emergency_contact is None:
        return {}
    contact = decrypt_contact(booking.emergency_contact)
    return {
        "booking": booking.reference,
        "boat": booking.boat.name,
        "contact": contact,
    }
