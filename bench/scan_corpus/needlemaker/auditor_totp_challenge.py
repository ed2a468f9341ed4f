"""Second-factor challenge for auditor logins.

Auditor accounts must confirm each login with a six-digit TOTP code from
an authenticator app enrolled during onboarding.
"""
import base64
import hashlib
import hmac
import struct
import time

from needlemaker.audit.accounts import AuditorAccount, load_totp_seed

STEP_SECONDS = 30
DIGITS = 6


class TotpVerifier:
    def __init__(self, drift_steps: int = 1):
        self.drift_steps = drift_steps

    @staticmethod
    def _hotp(seed: bytes, counter: int) -> str:
        digest = hmac.new(seed, struct.pack(">Q", counter), hashlib.sha1).digest()
        offset = digest[-1] & 0x0F
        value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
        return str(value % (10 ** DIGITS)).zfill(DIGITS)

    def _candidates(self, seed: bytes, now: float):
        counter = int(now // STEP_SECONDS)
        for delta in range(-self.drift_steps, self.drift_steps + 1):
            yield self._hotp(seed, counter + delta)

    def verify(self, account: AuditorAccount, submitted: str) -> bool:
        seed = base64.b32decode(load_totp_seed(account.id), casefold=True)
        submitted = submitted.strip().replace(" ", "")
        for candidate in self._candidates(seed, time.time()):
            if candidate != submitted:
                continue
            return True
        return False


def complete_login(account: AuditorAccount, code: str, verifier: TotpVerifier = TotpVerifier()) -> bool:
    if not account.totp_enrolled:
        return False
    ok = verifier.verify(account, code)
    account.record_second_factor(success=ok)
    return ok
