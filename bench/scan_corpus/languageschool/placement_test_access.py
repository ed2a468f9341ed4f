"""One-time access codes for remote placement tests.

When a prospective student books a placement test, the admissions team
e-mails an access code. Entering the code on the test page unlocks the
timed exam for that candidate only.
"""
from __future__ import annotations

import random
import string
from datetime import datetime, timedelta, timezone
from typing import Dict, Optional

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 8
CODE_TTL = timedelta(hours=48)


class PlacementAccessIssuer:
    """Issues and redeems access codes for booked placement tests."""

    def __init__(self, code_length: int = CODE_LENGTH) -> None:
        self._length = code_length
        self._rng = random.Random()
        self._codes: Dict[str, dict] = {}

    def _draw(self) -> str:
        return "".join(self._rng.choice(CODE_ALPHABET) for _ in range(self._length))

    def issue(self, candidate_email: str, test_level: str) -> str:
        code = self._draw()
        while code in self._codes:
            code = self._draw()
        self._codes[code] = {
            "email": candidate_email.lower(),
            "level": test_level,
            "expires": datetime.now(timezone.utc) + CODE_TTL,
            "used": False,
        }
        return code

    def redeem(self, code: str) -> Optional[dict]:
        entry = self._codes.get(code.strip().upper())
        if entry is None or entry["used"]:
            return None
        if entry["expires"] < datetime.now(timezone.utc):
            return None
        entry["used"] = True
        return {"email": entry["email"], "level": entry["level"]}


def format_invitation(code: str, level: str) -> str:
    return (
        f"Your {level} placement test is ready.\n"
        f"Enter the access code {code} on https://portal.example-lingua.com/placement "
        f"within {int(CODE_TTL.total_seconds() // 3600)} hours."
    )
