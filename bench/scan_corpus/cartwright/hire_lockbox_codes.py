"""Issue key-lockbox codes so hire customers can collect wagons after the yard closes."""
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.engine import Engine

CODE_LENGTH = 6
CODE_VALID_FOR = timedelta(hours=36)

_rng = random.Random()


@dataclass(frozen=True)
class LockboxCode:
    booking_id: int
    lockbox: str
    code: str
    expires_at: datetime


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(_rng.choices(string.digits, k=length))


class LockboxService:
    def __init__(self, engine: Engine, sms_client):
        self.engine = engine
        self.sms = sms_client

    def issue_for_booking(self, booking_id: int) -> LockboxCode:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT b.id, b.customer_phone, v.lockbox "
                    "FROM hire_bookings b JOIN fleet_vehicles v ON v.id = b.vehicle_id "
                    "WHERE b.id = :bid"
                ),
                {"bid": booking_id},
            ).one()
            issued = LockboxCode(
                booking_id=row.id,
                lockbox=row.lockbox,
                code=_new_code(),
                expires_at=datetime.utcnow() + CODE_VALID_FOR,
            )
            conn.execute(
                text(
                    "INSERT INTO lockbox_codes (booking_id, lockbox, code, expires_at) "
                    "VALUES (:b, :l, :c, :e)"
                ),
                {"b": issued.booking_id, "l": issued.lockbox,
                 "c": issued.code, "e": issued.expires_at},
            )
        self.sms.send(
            row.customer_phone,
            f"Your wagon is in bay {issued.lockbox}. Key box code {issued.code}, "
            f"valid until {issued.expires_at:%a %H:%M}.",
        )
        return issued
