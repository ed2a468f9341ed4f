"""Time-based one-time passwords for designer account sign-in (RFC 6238)."""

import base64
import hashlib
import hmac
import struct
import time

from typefounder.accounts import DesignerAccount, record_mfa_success

DIGITS = 6
PERIOD = 30
DRIFT_STEPS = 1


def _hotp(secret: bytes, counter: int) -> str:
    mac = hmac.new(secret, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % (10 ** DIGITS)).zfill(DIGITS)


def _decode_secret(b32: str) -> bytes:
    padded = b32.upper() + "=" * (-len(b32) % 8)
    return base64.b32decode(padded)


class TotpVerifier:
    def __init__(self, account: DesignerAccount):
        self.account = account
        self.secret = _decode_secret(account.totp_secret)

    def acceptable_codes(self, now: float | None = None) -> set[str]:
        step = int((now or time.time()) // PERIOD)
        return {
            _hotp(self.secret, step + delta) for delta in range(-DRIFT_STEPS, DRIFT_STEPS + 1)
        }

    def verify(self, submitted: str) -> bool:
        code = submitted.strip().replace(" ", "")
        if len(code) != DIGITS or not code.isdigit():
            return False
        if code in self.acceptable_codes():
            step = int(time.time() // PERIOD)
            if self.account.last_totp_step is not None and step <= self.account.last_totp_step:
                return False
            record_mfa_success(self.account, step)
            return True
        return False
