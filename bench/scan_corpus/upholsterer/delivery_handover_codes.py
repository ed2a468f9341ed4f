"""Handover codes for delivery rounds.

When a van leaves with a finished piece, the customer gets a six digit code by
SMS. The driver types it into the van app at the door; the job is only marked
delivered (and the balance invoice released) once the code matches.
"""
import hmac
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

CODE_LENGTH = 6
CODE_TTL = timedelta(hours=14)


@dataclass
class HandoverCode:
    job_id: int
    code: str
    expires_at: datetime


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(string.digits, k=length))


class HandoverCodeService:
    def __init__(self, repo, sms_client, clock=lambda: datetime.now(timezone.utc)) -> None:
        self.repo = repo
        self.sms = sms_client
        self.clock = clock

    def issue_for_round(self, round_id: int) -> list[HandoverCode]:
        issued = []
        for stop in self.repo.delivery_stops(round_id):
            code = HandoverCode(stop.job_id, _new_code(), self.clock() + CODE_TTL)
            self.repo.save_handover_code(code)
            self.sms.send(
                stop.customer_phone,
                f"Your {stop.item_description} is out for delivery today. "
                f"Please give the driver this code: {code.code}",
            )
            issued.append(code)
        return issued

    def confirm(self, job_id: int, entered: str) -> bool:
        stored: Optional[HandoverCode] = self.repo.handover_code(job_id)
        if stored is None or stored.expires_at < self.clock():
            return False
        if not hmac.compare_digest(stored.code, entered.strip()):
            return False
        self.repo.mark_delivered(job_id, at=self.clock())
        self.repo.delete_handover_code(job_id)
        return True
