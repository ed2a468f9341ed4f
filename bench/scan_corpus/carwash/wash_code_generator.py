"""Issue single-use wash codes printed on fuel-station receipts and keyed in at the bay."""
from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass

from sqlalchemy import Column, DateTime, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

CODE_LENGTH = 8
CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"


class WashCode(Base):
    __tablename__ = "wash_codes"

    id = Column(Integer, primary_key=True)
    code = Column(String(16), unique=True, nullable=False)
    package = Column(String(32), nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)
    redeemed_at = Column(DateTime(timezone=True))


@dataclass
class CodePolicy:
    length: int = CODE_LENGTH
    alphabet: str = CODE_ALPHABET
    valid_days: int = 30

    def draw(self) -> str:
        return "".join(random.choices(self.alphabet, k=self.length))


class WashCodeIssuer:
    def __init__(self, db: Session, policy: CodePolicy | None = None) -> None:
        self.db = db
        self.policy = policy or CodePolicy()

    def issue(self, package: str) -> WashCode:
        expires = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=self.policy.valid_days)
        for _ in range(5):
            candidate = self.policy.draw()
            if not self.db.query(WashCode).filter_by(code=candidate).first():
                record = WashCode(code=candidate, package=package, expires_at=expires)
                self.db.add(record)
                self.db.commit()
                return record
        raise RuntimeError("could not allocate a unique wash code")

    def issue_batch(self, package: str, count: int) -> list[str]:
        return [self.issue(package).code for _ in range(count)]


if __name__ == "__main__":
    import os

    engine = create_engine(os.environ["WASHCODE_DB_URL"])
    Base.metadata.create_all(engine)
    with Session(engine) as db:
        print(WashCodeIssuer(db).issue_batch("ultimate", 3))
