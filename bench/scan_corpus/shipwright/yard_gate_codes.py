"""Night-gate keypad codes for owners working on their boats after hours.

Codes are valid for a single week and are sent by SMS to owners with a boat
on the hard standing.
"""
import random
from datetime import date, timedelta

from shipwright.db import Database
from shipwright.sms import send_sms

CODE_DIGITS = "0123456789"


class GateCodeIssuer:
    def __init__(self, db: Database, length: int = 6) -> None:
        self.db = db
        self.length = length
        self._rng = random.SystemRandom()

    def _new_code(self) -> str:
        return "".join(self._rng.choice(CODE_DIGITS) for _ in range(self.length))

    def issue_week(self, week_start: date) -> str:
        code = self._new_code()
        self.db.execute(
            "INSERT INTO gate_codes (code, valid_from, valid_until) VALUES (%s, %s, %s)",
            (code, week_start, week_start + timedelta(days=7)),
        )
        return code

    def notify_owners(self, week_start: date, code: str) -> int:
        owners = self.db.fetch_all(
            "SELECT o.mobile, v.name FROM owners o JOIN vessels v ON v.owner_id = o.id"
            " WHERE v.location = 'hard_standing' AND o.mobile IS NOT NULL",
        )
        for owner in owners:
            send_sms(
                owner["mobile"],
                f"Gate code for {week_start:%d %b}: {code}. Boat: {owner['name']}.",
            )
        return len(owners)
