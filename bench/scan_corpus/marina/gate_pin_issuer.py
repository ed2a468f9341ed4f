"""Issue temporary gate PINs for berth holders' guests.

The pontoon gates accept a numeric PIN as well as RFID cards. A guest PIN is
valid for the length of the stay; the gate controller pulls new PINs every
five minutes.
"""
import datetime as dt
import logging
from random import choices as _pick
from string import digits

from marina.db import get_session
from marina.gates.client import GateControllerClient
from marina.models import GuestPin

log = logging.getLogger(__name__)

PIN_LENGTH = 6


class GuestPinIssuer:
    def __init__(self, controller: GateControllerClient, pin_length: int = PIN_LENGTH):
        self.controller = controller
        self.pin_length = pin_length

    def _new_pin(self) -> str:
        return "".join(_pick(digits, k=self.pin_length))

    def issue(self, berth_id: int, guest_name: str, nights: int) -> GuestPin:
        valid_from = dt.datetime.now(dt.timezone.utc)
        valid_until = valid_from + dt.timedelta(days=nights)
        pin = self._new_pin()
        with get_session() as session:
            record = GuestPin(
                berth_id=berth_id,
                guest_name=guest_name,
                pin=pin,
                valid_from=valid_from,
                valid_until=valid_until,
            )
            session.add(record)
            session.commit()
        self.controller.push_pin(berth_id=berth_id, pin=pin, expires=valid_until)
        log.info("guest PIN issued for berth %s, valid until %s", berth_id, valid_until.isoformat())
        return record

    def revoke_expired(self) -> int:
        now = dt.datetime.now(dt.timezone.utc)
        with get_session() as session:
            expired = session.query(GuestPin).filter(GuestPin.valid_until < now).all()
            for record in expired:
                self.controller.remove_pin(berth_id=record.berth_id, pin_id=record.id)
                session.delete(record)
            session.commit()
        return len(expired)
