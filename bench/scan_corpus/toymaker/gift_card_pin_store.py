"""Hashing and checking of the PINs printed under the scratch panel of gift cards."""

import hashlib
import hmac
import os

from django.conf import settings
from django.db import transaction

from shop.giftcards.models import GiftCard

SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
SALT_LENGTH = 16


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(SALT_LENGTH)
    digest = hashlib.scrypt(
        pin.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=SCRYPT_MAXMEM,
        dklen=32,
    )
    return f"scrypt${SCRYPT_N}${salt.hex()}${digest.hex()}"


def verify_pin(stored: str, pin: str) -> bool:
    try:
        _, n, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if int(n) != SCRYPT_N:
        return False
    candidate = hash_pin(pin, bytes.fromhex(salt_hex)).rsplit("$", 1)[1]
    return hmac.compare_digest(candidate, digest_hex)


@transaction.atomic
def unlock_card(card_number: str, pin: str) -> GiftCard | None:
    card = GiftCard.objects.select_for_update().filter(number=card_number).first()
    if card is None or card.locked:
        return None
    if verify_pin(card.pin_hash, pin):
        card.failed_attempts = 0
        card.save(update_fields=["failed_attempts"])
        return card
    card.failed_attempts += 1
    card.locked = card.failed_attempts >= settings.GIFT_CARD_MAX_PIN_ATTEMPTS
    card.save(update_fields=["failed_attempts", "locked"])
    return None
