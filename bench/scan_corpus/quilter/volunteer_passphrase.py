"""Passphrases for show-day volunteer stations.

Volunteers at the quilt show sign in to the intake and judging stations
with a personal passphrase. The derived value is stored on the volunteer
record; the passphrase itself never is.
"""
import base64
import hashlib
import hmac
import os

from quilter.config import settings
from quilter.show.models import Volunteer

SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
SALT_BYTES = 16


def _derive(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=SCRYPT_MAXMEM,
        dklen=32,
    )


def hash_passphrase(passphrase: str) -> str:
    if len(passphrase) < settings.VOLUNTEER_PASSPHRASE_MIN_LENGTH:
        raise ValueError("Passphrase is too short")
    salt = os.urandom(SALT_BYTES)
    derived = _derive(passphrase, salt)
    return "scrypt${}${}".format(
        base64.b64encode(salt).decode(), base64.b64encode(derived).decode()
    )


def check_passphrase(stored: str, passphrase: str) -> bool:
    scheme, salt_b64, derived_b64 = stored.split("$", 2)
    if scheme != "scrypt":
        return False
    candidate = _derive(passphrase, base64.b64decode(salt_b64))
    return hmac.compare_digest(candidate, base64.b64decode(derived_b64))


def enroll(volunteer: Volunteer, passphrase: str, session) -> None:
    volunteer.passphrase_hash = hash_passphrase(passphrase)
    session.add(volunteer)
    session.commit()


def station_sign_in(session, badge_number: str, passphrase: str):
    volunteer = session.query(Volunteer).filter_by(badge_number=badge_number).one_or_none()
    if volunteer is None or not volunteer.passphrase_hash:
        return None
    return volunteer if check_passphrase(volunteer.passphrase_hash, passphrase) else None
