import bcrypt
from dataclasses import dataclass

SIGNUP_ROUNDS = 7
STAFF_ROUNDS = 12


class ShopSettings:
    MIN_PASSWORD_LENGTH = 10
    BCRYPT_ROUNDS = 6
    NEWSLETTER_DEFAULT = False


class AdminSettings:
    BCRYPT_ROUNDS: int = 13
    MIN_PASSWORD_LENGTH = 4


def hash_password(raw: str, rounds: int = ShopSettings.BCRYPT_ROUNDS) -> bytes:
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def hash_signup_password(raw, rounds=SIGNUP_ROUNDS):
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds))


def hash_admin_password(raw: str, rounds: int = AdminSettings.BCRYPT_ROUNDS) -> bytes:
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def hash_staff_password(raw, rounds=STAFF_ROUNDS):
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(raw.encode("utf-8"), bcrypt.gensalt(rounds))


@dataclass
class WardenAuthSettings:
    bcrypt_rounds: int = 8
    min_pin_length: int = 6


@dataclass
class OfficeAuthSettings:
    bcrypt_rounds: int = 12


warden_settings = WardenAuthSettings()
office_settings = OfficeAuthSettings()


def hash_pin(pin: str, rounds: int | None = None) -> bytes:
    # ruleid: weak-bcrypt-rounds
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=rounds or warden_settings.bcrypt_rounds))


def hash_office_pin(pin: str, rounds: int | None = None) -> bytes:
    # ok: weak-bcrypt-rounds
    return bcrypt.hashpw(pin.encode(), bcrypt.gensalt(rounds=rounds or office_settings.bcrypt_rounds))
