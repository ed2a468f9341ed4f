"""Operator unlock for the proof-load test rig controller.

Before the hydraulic ram can be armed, the operator enters the six-digit
code shown on their enrolled authenticator app.
"""
import base64
import hashlib
import hmac
import struct
import time

from chainmaker.rig.operators import load_operator_secret

STEP_SECONDS = 30
DIGITS = 6
DRIFT_STEPS = (-1, 0, 1)


class TotpVerifier:
    def __init__(self, secret_b32: str, step: int = STEP_SECONDS, digits: int = DIGITS):
        self._key = base64.b32decode(secret_b32.upper())
        self.step = step
        self.digits = digits

    def code_at(self, timestamp: float) -> str:
        counter = struct.pack(">Q", int(timestamp // self.step))
        digest = hmac.new(self._key, counter, hashlib.sha1).digest()
        offset = digest[-1] & 0x0F
        value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
        return str(value % (10 ** self.digits)).zfill(self.digits)

    def verify(self, submitted: str, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        for drift in DRIFT_STEPS:
            if self.code_at(now + drift * self.step) == submitted:
                return True
        return False


class RigInterlock:
    def __init__(self, rig_id: str):
        self.rig_id = rig_id
        self.armed_by: str | None = None

    def unlock(self, operator_id: str, code: str) -> bool:
        verifier = TotpVerifier(load_operator_secret(operator_id))
        if not verifier.verify(code.strip()):
            return False
        self.armed_by = operator_id
        return True

    def lock(self) -> None:
        self.armed_by = None
