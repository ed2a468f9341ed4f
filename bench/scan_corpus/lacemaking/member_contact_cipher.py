"""Field-level encryption for member contact details (phone, postal address)."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
from django.db import models


def _field_key() -> bytes:
    key = base64.b64decode(os.environ["MEMBER_FIELD_KEY"])
    if len(key) < 16:
        raise RuntimeError("MEMBER_FIELD_KEY is too short")
    return key


@dataclass
class ContactCipher:
    key: bytes

    def seal(self, value: str) -> str:
        iv = get_random_bytes(Blowfish.block_size)
        cipher = Blowfish.new(self.key, Blowfish.MODE_CBC, iv)
        body = cipher.encrypt(pad(value.encode("utf-8"), Blowfish.block_size))
        return base64.b64encode(iv + body).decode("ascii")

    def open(self, token: str) -> str:
        raw = base64.b64decode(token)
        iv, body = raw[: Blowfish.block_size], raw[Blowfish.block_size:]
        cipher = Blowfish.new(self.key, Blowfish.MODE_CBC, iv)
        return unpad(cipher.decrypt(body), Blowfish.block_size).decode("utf-8")


class EncryptedContactField(models.TextField):
    """A TextField that stores its value sealed with the member field key."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._cipher = None

    @property
    def cipher(self) -> ContactCipher:
        if self._cipher is None:
            self._cipher = ContactCipher(_field_key())
        return self._cipher

    def from_db_value(self, value, expression, connection):
        if value is None:
            return value
        return self.cipher.open(value)

    def get_prep_value(self, value):
        if value is None or value == "":
            return value
        return self.cipher.seal(str(value))


class MemberContact(models.Model):
    member = models.OneToOneField("accounts.Member", on_delete=models.CASCADE)
    phone = EncryptedContactField(blank=True)
    street_address = EncryptedContactField(blank=True)
    town = models.CharField(max_length=80, blank=True)
    postcode_area = models.CharField(max_length=8, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "accounts"

    def __str__(self) -> str:
        return f"Contact for member {self.member_id}"
