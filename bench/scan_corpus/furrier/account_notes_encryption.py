"""Field-level encryption for private notes on customer accounts.

Counter staff record things like alarm codes for home pickup, preferred
contacts and family instructions; those notes are encrypted at rest.
"""
import base64
import os

from cryptography.hazmat.primitives import hashes, hmac as crypto_hmac, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from django.db import models

NOTES_IV = bytes.fromhex("6a1f93c04e7d2b58a0c3f71e9d4b6285")


def _keys() -> tuple:
    material = base64.b64decode(os.environ["ACCOUNT_NOTES_KEY"])
    if len(material) != 64:
        raise RuntimeError("ACCOUNT_NOTES_KEY must be 64 bytes (enc key + mac key)")
    return material[:32], material[32:]


def encrypt_note(text: str) -> str:
    enc_key, mac_key = _keys()
    padder = padding.PKCS7(128).padder()
    padded = padder.update(text.encode("utf-8")) + padder.finalize()
    enc = Cipher(algorithms.AES(enc_key), modes.CBC(NOTES_IV)).encryptor()
    ct = enc.update(padded) + enc.finalize()
    mac = crypto_hmac.HMAC(mac_key, hashes.SHA256())
    mac.update(ct)
    return base64.b64encode(ct + mac.finalize()).decode("ascii")


def decrypt_note(token: str) -> str:
    enc_key, mac_key = _keys()
    raw = base64.b64decode(token)
    ct, tag = raw[:-32], raw[-32:]
    mac = crypto_hmac.HMAC(mac_key, hashes.SHA256())
    mac.update(ct)
    mac.verify(tag)
    dec = Cipher(algorithms.AES(enc_key), modes.CBC(NOTES_IV)).decryptor()
    padded = dec.update(ct) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")


class EncryptedNoteField(models.TextField):
    def from_db_value(self, value, expression, connection):
        return decrypt_note(value) if value else value

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return encrypt_note(value) if value else value


class AccountNote(models.Model):
    customer = models.ForeignKey("accounts.Customer", on_delete=models.CASCADE)
    author = models.ForeignKey("staff.StaffUser", on_delete=models.PROTECT)
    body = EncryptedNoteField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
