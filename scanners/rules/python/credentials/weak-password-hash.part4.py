import hashlib
import hmac

from app.config import settings


# A PIN the person chose at enrolment and that is kept on their record: a keyed BLAKE2 digest
# is still one fast hash; with the table and the pepper every PIN falls in seconds.
def _pin_digest(pin: str) -> str:
    pepper = settings.KIOSK_PIN_PEPPER.encode()
    # ruleid: weak-password-hash
    return hashlib.blake2b(pin.encode(), key=pepper, digest_size=32).hexdigest()


def enrol(record, pin: str) -> None:
    record.pin_digest = _pin_digest(pin)


class BadgePinStore:
    def __init__(self, pepper: bytes):
        self._pepper = pepper

    def set_pin(self, member, new_pin: str) -> None:
        # ruleid: weak-password-hash
        member.pin_hash = hashlib.blake2s(new_pin.encode(), key=self._pepper).hexdigest()


# A one-time code the server issued and keeps a few minutes, held as a MAC under its key.
def seal_login_code(one_time_code: str) -> str:
    # ok: weak-password-hash
    return hashlib.blake2b(one_time_code.encode(), key=settings.OTP_KEY).hexdigest()


# Keyed BLAKE2 as a MAC or checksum of data that is no secret of a person.
def sign_webhook(body: bytes) -> str:
    # ok: weak-password-hash
    return hashlib.blake2b(body, key=settings.WEBHOOK_KEY, digest_size=32).hexdigest()


def manifest_checksum(pinned_manifest: bytes) -> str:
    # ok: weak-password-hash
    return hashlib.blake2s(pinned_manifest, key=settings.MANIFEST_KEY).hexdigest()


def verify_webhook(body: bytes, sent: str) -> bool:
    # ok: weak-password-hash
    mac = hashlib.blake2b(body, key=settings.WEBHOOK_KEY, digest_size=32).hexdigest()
    return hmac.compare_digest(mac, sent)
