import base64
import hashlib
import hmac
import struct
import time

import pyotp

STEP_SECONDS = 30
DRIFT_STEPS = 1


def _hotp(key: bytes, counter: int, digits: int = 6) -> str:
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    code = (struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % (10 ** digits)
    return str(code).zfill(digits)


def verify(secret_b32: str, submitted: str, last_step: int) -> bool:
    key = base64.b32decode(secret_b32, casefold=True)
    step = int(time.time() // STEP_SECONDS)
    for candidate in range(step - 1, step + 2):
        if candidate <= last_step:
            continue
        # ruleid: timing-unsafe-comparison
        if _hotp(key, candidate) == submitted.strip():
            return True
    return False


def verify_constant_time(secret_b32: str, submitted: str) -> bool:
    key = base64.b32decode(secret_b32, casefold=True)
    step = int(time.time() // STEP_SECONDS)
    # ok: timing-unsafe-comparison
    return any(hmac.compare_digest(_hotp(key, s), submitted.strip()) for s in range(step - 1, step + 2))


def _window_codes(secret: str, now: float, drift: int = DRIFT_STEPS) -> set:
    totp = pyotp.TOTP(secret)
    return {totp.at(now + step * totp.interval) for step in range(-drift, drift + 1)}


def _window_steps(now: float, drift: int = DRIFT_STEPS) -> set:
    return {int(now // STEP_SECONDS) + step for step in range(-drift, drift + 1)}


def authorise(secret: str, code: str, step: int) -> bool:
    # ruleid: timing-unsafe-comparison
    if code in _window_codes(secret, time.time()):
        return True
    # ok: timing-unsafe-comparison
    if step in _window_steps(time.time()):
        return False
    totp = pyotp.TOTP(secret)
    # ruleid: timing-unsafe-comparison
    return code.strip() in [totp.at(time.time() - 30), totp.now(), totp.at(time.time() + 30)]


def authorise_window(secret: str, code: str) -> bool:
    # ok: timing-unsafe-comparison
    return pyotp.TOTP(secret).verify(code, valid_window=1)


def candidate_codes(secret: bytes, now: float) -> list:
    counter = int(now // STEP_SECONDS)
    return [_hotp(secret, counter + d) for d in range(-DRIFT_STEPS, DRIFT_STEPS + 1)]


def candidate_steps(now: float) -> list:
    counter = int(now // STEP_SECONDS)
    return [counter + d for d in range(-DRIFT_STEPS, DRIFT_STEPS + 1)]


def verify_second_factor(secret: bytes, submitted: str, step: int) -> bool:
    # ok: timing-unsafe-comparison
    if step not in candidate_steps(time.time()):
        return False
    # ruleid: timing-unsafe-comparison
    if submitted in [_hotp(secret, step + d) for d in (-1, 0, 1)]:
        return True
    # ruleid: timing-unsafe-comparison
    return submitted in candidate_codes(secret, time.time())


def partner_for_key(presented: str, settings) -> str | None:
    for partner, key in settings.partner_keys.items():
        # ruleid: timing-unsafe-comparison
        if key == presented:
            return partner
    for partner, key in settings.partner_keys.items():
        # ok: timing-unsafe-comparison
        if hmac.compare_digest(key, presented):
            return partner
    for column, key in settings.sort_keys.items():
        # ok: timing-unsafe-comparison
        if key == presented:
            return column
    return None
