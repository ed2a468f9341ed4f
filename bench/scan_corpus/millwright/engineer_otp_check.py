"""Second factor for engineers signing off high-risk work
(brake adjustments, sail stock replacement, sluice gate overhauls).
Sign-off in the job app requires a TOTP code from the engineer's
authenticator app on top of their normal login.
"""
import logging
import time
from dataclasses import dataclass

import pyotp

from millwright.crypto import decrypt_field
from millwright.jobs import JobRepository

log = logging.getLogger(__name__)

DRIFT_STEPS = (-1, 0, 1)


@dataclass
class SignOff:
    job_id: int
    engineer_id: int
    notes: str


class OtpVerifier:
    def __init__(self, repo: JobRepository, interval: int = 30):
        self.repo = repo
        self.interval = interval

    def _totp_for(self, engineer_id: int) -> pyotp.TOTP:
        encrypted = self.repo.otp_secret_for(engineer_id)
        return pyotp.TOTP(decrypt_field(encrypted), interval=self.interval)

    def code_matches(self, engineer_id: int, code: str, now: float | None = None) -> bool:
        totp = self._totp_for(engineer_id)
        when = now if now is not None else time.time()
        code = code.strip().replace(" ", "")
        return any(totp.at(when, counter_offset=step) == code for step in DRIFT_STEPS)


def sign_off(verifier: OtpVerifier, request: SignOff, code: str) -> bool:
    if verifier.repo.job_status(request.job_id) != "awaiting_signoff":
        log.info("job %s not awaiting sign-off", request.job_id)
        return False
    if not verifier.code_matches(request.engineer_id, code):
        log.warning("OTP mismatch for engineer %s on job %s", request.engineer_id, request.job_id)
        verifier.repo.record_failed_signoff(request.job_id, request.engineer_id)
        return False
    verifier.repo.complete_job(request.job_id, request.engineer_id, request.notes)
    log.info("job %s signed off by engineer %s", request.job_id, request.engineer_id)
    return True
