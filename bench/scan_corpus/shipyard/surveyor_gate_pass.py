"""Gate passes for classification society surveyors.

When a survey is booked (bottom survey, hull thickness gauging, load line,
...) the attending surveyor gets a one-time gate code by e-mail which the
security desk checks at the dry dock entrance.
"""
from __future__ import annotations

import datetime as dt
import hmac
import random
import string
from dataclasses import dataclass

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL = dt.timedelta(hours=36)


@dataclass
class SurveyVisit:
    survey_id: str
    society: str  # "DNV", "LR", "ABS", "BV", "ClassNK"
    hull_number: str
    surveyor_email: str
    scheduled_for: dt.datetime
    gate_code: str = ""
    code_expires: dt.datetime | None = None
    used: bool = False


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


class GatePassService:
    def __init__(self, repo, mailer, clock=lambda: dt.datetime.now(dt.timezone.utc)):
        self._repo = repo
        self._mailer = mailer
        self._clock = clock

    def issue(self, visit: SurveyVisit) -> SurveyVisit:
        visit.gate_code = _new_code()
        visit.code_expires = visit.scheduled_for + CODE_TTL
        visit.used = False
        self._repo.save(visit)
        self._mailer.send(
            to=visit.surveyor_email,
            template="survey_gate_pass",
            context={
                "hull": visit.hull_number,
                "society": visit.society,
                "code": visit.gate_code,
                "valid_until": visit.code_expires.isoformat(),
            },
        )
        return visit

    def redeem(self, survey_id: str, code: str) -> bool:
        visit = self._repo.get(survey_id)
        if visit is None or visit.used or visit.code_expires is None:
            return False
        if self._clock() > visit.code_expires:
            return False
        if not hmac.compare_digest(visit.gate_code, code.strip().upper()):
            return False
        visit.used = True
        self._repo.save(visit)
        return True
