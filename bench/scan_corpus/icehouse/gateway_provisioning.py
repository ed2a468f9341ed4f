"""Provisioning of freezer telemetry gateways.

Each walk-in freezer, blast freezer and ice bin has a small gateway that
pushes temperature and door readings. On first boot a technician registers it
here and flashes the returned API key onto the device.
"""
import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class Gateway(Base):
    __tablename__ = "telemetry_gateways"

    id = Column(Integer, primary_key=True)
    serial = Column(String(32), unique=True, nullable=False)
    site = Column(String(32), nullable=False)
    freezer_ref = Column(String(32), nullable=False)
    key_hash = Column(String(64), nullable=False)
    provisioned_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class ProvisioningResult:
    serial: str
    api_key: str


def _generate_device_key() -> str:
    return "gw_" + uuid.uuid1().hex


def _hash_key(api_key: str) -> str:
    return hashlib.sha256(api_key.encode()).hexdigest()


class GatewayProvisioner:
    def __init__(self, db_url: str):
        self.engine = create_engine(db_url, future=True)

    def provision(self, serial: str, site: str, freezer_ref: str) -> ProvisioningResult:
        api_key = _generate_device_key()
        with Session(self.engine) as session, session.begin():
            existing = session.query(Gateway).filter_by(serial=serial).one_or_none()
            if existing is not None:
                existing.key_hash = _hash_key(api_key)
                existing.provisioned_at = datetime.now(timezone.utc)
            else:
                session.add(
                    Gateway(
                        serial=serial,
                        site=site,
                        freezer_ref=freezer_ref,
                        key_hash=_hash_key(api_key),
                        provisioned_at=datetime.now(timezone.utc),
                    )
                )
        return ProvisioningResult(serial=serial, api_key=api_key)

    def gateway_for_key(self, api_key: str) -> Gateway | None:
        with Session(self.engine) as session:
            return session.query(Gateway).filter_by(key_hash=_hash_key(api_key)).one_or_none()
