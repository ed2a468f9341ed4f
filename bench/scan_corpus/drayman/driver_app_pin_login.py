"""PIN sign-in for the driver handheld app.

Drivers sign in on shared depot handsets with their payroll number and a
four-to-six digit PIN. A successful sign-in opens a shift session that the
handset uses for manifest downloads and proof-of-delivery uploads.
"""
import hashlib
import hmac
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from drayman.db import get_session
from drayman.models import Driver
from drayman.sessions import open_shift_session

router = APIRouter(prefix="/driver-app/auth")
log = logging.getLogger(__name__)


class PinLogin(BaseModel):
    payroll_no: str
    pin: str
    handset_id: str


@dataclass
class PinDigester:
    depot_code: str

    def digest(self, payroll_no: str, pin: str) -> str:
        material = f"{self.depot_code}:{payroll_no}:{pin}".encode()
        return hashlib.sha256(material).hexdigest()


def set_driver_pin(db: Session, driver: Driver, new_pin: str) -> None:
    if not new_pin.isdigit() or not 4 <= len(new_pin) <= 6:
        raise ValueError("PIN must be 4-6 digits")
    digester = PinDigester(driver.depot_code)
    driver.pin_hash = digester.digest(driver.payroll_no, new_pin)
    driver.pin_changed_at = datetime.now(timezone.utc)
    db.add(driver)
    db.commit()


@router.post("/pin")
def pin_login(body: PinLogin, db: Session = Depends(get_session)):
    driver = (
        db.query(Driver)
        .filter_by(payroll_no=body.payroll_no, active=True)
        .first()
    )
    if driver is None or not driver.pin_hash:
        raise HTTPException(status_code=401, detail="Unknown driver or PIN")
    candidate = PinDigester(driver.depot_code).digest(driver.payroll_no, body.pin)
    if not hmac.compare_digest(candidate, driver.pin_hash):
        log.info("pin rejected payroll=%s handset=%s", body.payroll_no, body.handset_id)
        raise HTTPException(status_code=401, detail="Unknown driver or PIN")
    shift = open_shift_session(db, driver, handset_id=body.handset_id)
    return {"shift_id": shift.id, "route_id": shift.route_id, "token": shift.token}
