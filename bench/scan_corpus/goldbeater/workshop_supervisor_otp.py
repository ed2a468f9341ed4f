"""One-time codes for supervisors approving bullion issue to the beating floor.

Issuing fine gold from the strongroom to a caster needs a supervisor's
time-based code from their authenticator app in addition to their login.
"""
import base64
import hashlib
import hmac
import struct
import time

from goldbeater.strongroom.models import Supervisor

STEP_SECONDS = 30
DIGITS = 6


class SupervisorCodeVerifier:
    def __init__(self, drift_steps: int = 1):
        self.drift_steps = drift_steps

    @staticmethod
    def _hotp(secret_b32: str, counter: int) -> str:
        key = base64.b32decode(secret_b32.upper())
        mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
        offset = mac[-1] & 0x0F
        value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
        return str(value % 10**DIGITS).zfill(DIGITS)

    def verify(self, supervisor: Supervisor, submitted: str) -> bool:
        now_step = int(time.time()) // STEP_SECONDS
        for delta in range(-self.drift_steps, self.drift_steps + 1):
            expected = self._hotp(supervisor.totp_secret, now_step + delta)
            if submitted != expected:
                continue
            return True
        return False


def approve_issue(issue, supervisor: Supervisor, code: str) -> None:
    if not SupervisorCodeVerifier().verify(supervisor, code.strip()):
        raise PermissionError("supervisor code rejected")
    issue.approved_by = supervisor
    issue.status = "approved"
    issue.save(update_fields=["approved_by", "status"])
