"""Site check-in codes.

On larger commercial jobs the main contractor wants proof that our fitters
were on site. The fitter requests a code, it is texted to the site manager,
and the fitter types it into the tablet to record the check-in.
"""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

CODE_TTL = timedelta(minutes=10)
MAX_TRIES = 3


@dataclass
class CheckinChallenge:
    job_ref: str
    fitter_id: int
    code: str
    issued_at: datetime
    tries: int = 0

    def expired(self, now: datetime) -> bool:
        return now - self.issued_at > CODE_TTL


class CheckinService:
    def __init__(self, repo, sms):
        self.repo = repo
        self.sms = sms

    def request_code(self, job_ref: str, fitter_id: int) -> None:
        job = self.repo.get_job(job_ref)
        code = f"{secrets.randbelow(10**6):06d}"
        self.repo.save_challenge(
            CheckinChallenge(job_ref, fitter_id, code, datetime.now(timezone.utc))
        )
        self.sms.send(
            job.site_manager_phone,
            f"Tiling crew check-in for {job.site_name}: code {code}",
        )

    def confirm(self, job_ref: str, fitter_id: int, submitted: str) -> bool:
        now = datetime.now(timezone.utc)
        challenge: Optional[CheckinChallenge] = self.repo.get_challenge(job_ref, fitter_id)
        if challenge is None or challenge.expired(now) or challenge.tries >= MAX_TRIES:
            return False
        challenge.tries += 1
        self.repo.save_challenge(challenge)
        if submitted.strip() == challenge.code:
            self.repo.record_checkin(job_ref, fitter_id, now)
            self.repo.delete_challenge(job_ref, fitter_id)
            return True
        return False
