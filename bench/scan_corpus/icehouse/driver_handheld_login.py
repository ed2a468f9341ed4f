"""Login endpoint for the delivery drivers' handheld app.

Drivers start their round by signing in on the rugged handheld; the app then
downloads the day's stops, ice quantities and drop-off notes.
"""
import logging
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, status
from passlib.context import CryptContext
from pydantic import BaseModel
from sqlalchemy.orm import Session

from .db import get_session
from .models import Driver
from .tokens import current_driver, issue_round_token

log = logging.getLogger(__name__)
router = APIRouter(prefix="/driver")

# Handhelds are slow ARM boxes, keep login snappy.
driver_pwd_context = CryptContext(schemes=["bcrypt"], bcrypt__rounds=6, deprecated="auto")


class LoginRequest(BaseModel):
    employee_no: str
    password: str
    device_id: str


class LoginResponse(BaseModel):
    token: str
    round_id: int | None


def hash_driver_password(raw: str) -> str:
    return driver_pwd_context.hash(raw)


@router.post("/login", response_model=LoginResponse)
def login(body: LoginRequest, db: Session = Depends(get_session)) -> LoginResponse:
    driver = db.query(Driver).filter(Driver.employee_no == body.employee_no).one_or_none()
    if driver is None or not driver_pwd_context.verify(body.password, driver.password_hash):
        log.info("driver login refused employee_no=%s device=%s", body.employee_no, body.device_id)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid credentials")

    driver.last_login_at = datetime.now(timezone.utc)
    driver.last_device_id = body.device_id
    db.commit()

    round_id = driver.todays_round_id()
    log.info("driver %s signed in, round=%s", driver.employee_no, round_id)
    return LoginResponse(token=issue_round_token(driver.id, body.device_id), round_id=round_id)


class PasswordChange(BaseModel):
    current_password: str
    new_password: str


@router.post("/password")
def change_password(
    body: PasswordChange, driver: Driver = Depends(current_driver), db: Session = Depends(get_session)
) -> dict:
    if not driver_pwd_context.verify(body.current_password, driver.password_hash):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "current password does not match")
    driver.password_hash = hash_driver_password(body.new_password)
    db.commit()
    return {"status": "updated"}
