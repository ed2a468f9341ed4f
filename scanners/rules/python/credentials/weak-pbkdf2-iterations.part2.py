import base64
import hashlib as hl
import os

from django.conf import settings

HASH_NAME = "sha256"
# ruleid: weak-pbkdf2-iterations
ITERATIONS = getattr(settings, "TRADE_PORTAL_PBKDF2_ROUNDS", 120_000)
# ruleid: weak-pbkdf2-iterations
KIOSK_ROUNDS = settings.HASHING.get("kiosk_rounds", 40000)
# ok: weak-pbkdf2-iterations
STAFF_ROUNDS = getattr(settings, "STAFF_PBKDF2_ROUNDS", 700_000)
# ok: weak-pbkdf2-iterations
PAGE_SIZE = getattr(settings, "PORTAL_PAGE_SIZE", 50)


def encode_password(raw, salt=None, rounds=ITERATIONS):
    salt = salt or os.urandom(16)
    dk = hl.pbkdf2_hmac(HASH_NAME, raw.encode(), salt, rounds)
    return "pbkdf2_{}${}${}".format(rounds, base64.b64encode(salt).decode(), base64.b64encode(dk).decode())


def encode_kiosk_pin(pin, salt):
    return hl.pbkdf2_hmac(HASH_NAME, pin.encode(), salt, KIOSK_ROUNDS)


def encode_staff_password(raw, salt):
    return hl.pbkdf2_hmac(HASH_NAME, raw.encode(), salt, STAFF_ROUNDS)


def lookup_timeout(tries):
    # ok: weak-pbkdf2-iterations
    retries = getattr(settings, "LOOKUP_RETRIES", 3)
    return min(tries, retries)
