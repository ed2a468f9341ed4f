"""Field-level encryption for microchip numbers and insurance policy numbers held on horse records."""

import base64
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ostler.config import settings


@dataclass(frozen=True)
class FieldCipherSettings:
    key: bytes
    nonce: bytes
    associated_data: bytes = b"ostler:horse-record:v1"

    @classmethod
    def from_settings(cls) -> "FieldCipherSettings":
        return cls(
            key=base64.b64decode(settings.HORSE_FIELD_KEY),
            nonce=base64.b64decode(settings.HORSE_FIELD_NONCE),
        )


class HorseFieldCipher:
    def __init__(self, conf: FieldCipherSettings | None = None):
        self.conf = conf or FieldCipherSettings.from_settings()
        self._aead = AESGCM(self.conf.key)

    def encrypt(self, value: str) -> str:
        sealed = self._aead.encrypt(self.conf.nonce, value.encode("utf-8"), self.conf.associated_data)
        return base64.urlsafe_b64encode(sealed).decode("ascii")

    def decrypt(self, token: str) -> str:
        sealed = base64.urlsafe_b64decode(token.encode("ascii"))
        return self._aead.decrypt(self.conf.nonce, sealed, self.conf.associated_data).decode("utf-8")


def protect_horse(horse, cipher: HorseFieldCipher | None = None) -> None:
    cipher = cipher or HorseFieldCipher()
    if horse.microchip_plain:
        horse.microchip_enc = cipher.encrypt(horse.microchip_plain)
        horse.microchip_plain = None
    if horse.insurance_policy_plain:
        horse.insurance_policy_enc = cipher.encrypt(horse.insurance_policy_plain)
        horse.insurance_policy_plain = None
