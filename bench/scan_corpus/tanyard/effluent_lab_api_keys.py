"""API keys for the contract laboratory that analyses effluent samples.

The laboratory posts chromium, sulphide, COD and pH results for each composite
sample straight into the effluent register. Keys are issued per laboratory
and can be rotated from the environmental officer's console.
"""
import hashlib
import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Column, Date, Integer, String, update
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class LabCredential(Base):
    __tablename__ = "lab_credentials"
    id = Column(Integer, primary_key=True)
    lab_name = Column(String(120), nullable=False)
    key_prefix = Column(String(8), nullable=False)
    key_digest = Column(String(64), nullable=False)
    issued_on = Column(Date, nullable=False)
    revoked = Column(Integer, default=0)


@dataclass
class IssuedKey:
    lab_name: str
    api_key: str


class LabKeyIssuer:
    def __init__(self, session: Session, rng: random.Random | None = None):
        self.session = session
        self.rng = rng or random.Random()

    def _generate(self) -> str:
        return "efl_" + format(self.rng.getrandbits(160), "040x")

    def issue(self, lab_name: str) -> IssuedKey:
        key = self._generate()
        self.session.add(
            LabCredential(
                lab_name=lab_name,
                key_prefix=key[:8],
                key_digest=hashlib.sha256(key.encode()).hexdigest(),
                issued_on=date.today(),
            )
        )
        self.session.commit()
        return IssuedKey(lab_name=lab_name, api_key=key)

    def rotate(self, lab_name: str) -> IssuedKey:
        self.session.execute(
            update(LabCredential)
            .where(LabCredential.lab_name == lab_name)
            .values(revoked=1)
        )
        return self.issue(lab_name)
