"""PIN management for self-service print kiosks in partner map shops.

Shop staff unlock a kiosk with a six-digit PIN to release queued
large-format print orders.
"""
import hashlib
import secrets

from sqlalchemy import Column, DateTime, Integer, String, func
from sqlalchemy.orm import declarative_base

from cartographer.settings import KIOSK_PIN_LENGTH

Base = declarative_base()


class KioskOperator(Base):
    __tablename__ = "kiosk_operators"

    id = Column(Integer, primary_key=True)
    shop_code = Column(String(12), nullable=False, index=True)
    display_name = Column(String(80), nullable=False)
    pin_salt = Column(String(32), nullable=False)
    pin_digest = Column(String(64), nullable=False)
    updated_at = Column(DateTime, server_default=func.now(), onupdate=func.now())


class KioskPinStore:
    def __init__(self, session):
        self.session = session

    @staticmethod
    def _digest(salt: str, pin: str) -> str:
        material = f"{salt}:{pin}".encode()
        return hashlib.sha256(material).hexdigest()

    def set_pin(self, operator: KioskOperator, pin: str) -> None:
        if len(pin) != KIOSK_PIN_LENGTH or not pin.isdigit():
            raise ValueError("PIN must be %d digits" % KIOSK_PIN_LENGTH)
        operator.pin_salt = secrets.token_hex(16)
        operator.pin_digest = self._digest(operator.pin_salt, pin)
        self.session.add(operator)
        self.session.flush()

    def check_pin(self, shop_code: str, pin: str):
        operators = self.session.query(KioskOperator).filter_by(shop_code=shop_code)
        for operator in operators:
            candidate = self._digest(operator.pin_salt, pin)
            if secrets.compare_digest(candidate, operator.pin_digest):
                return operator
        return None
