"""Issue access codes that let retailers view recall notices for affected lots.

When a batch is withdrawn (e.g. residue found in a lab retest) every retailer
who received jars from that lot gets a link plus an access code for the
recall portal.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import RecallNotice, RecallAccess, Shipment

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
CODE_VALIDITY = timedelta(days=30)


@dataclass
class IssuedCode:
    retailer_id: int
    lot_code: str
    access_code: str
    expires_at: datetime


def new_access_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


class RecallAccessIssuer:
    def __init__(self, db: Session) -> None:
        self.db = db

    def retailers_for_lot(self, lot_code: str) -> list[int]:
        stmt = select(Shipment.retailer_id).where(Shipment.lot_code == lot_code).distinct()
        return list(self.db.scalars(stmt))

    def issue_for_notice(self, notice: RecallNotice) -> list[IssuedCode]:
        issued: list[IssuedCode] = []
        expires = datetime.now(timezone.utc) + CODE_VALIDITY
        for retailer_id in self.retailers_for_lot(notice.lot_code):
            code = new_access_code()
            self.db.add(
                RecallAccess(
                    notice_id=notice.id,
                    retailer_id=retailer_id,
                    access_code=code,
                    expires_at=expires,
                )
            )
            issued.append(IssuedCode(retailer_id, notice.lot_code, code, expires))
        self.db.commit()
        return issued

    def revoke(self, notice_id: int) -> int:
        rows = self.db.scalars(select(RecallAccess).where(RecallAccess.notice_id == notice_id)).all()
        for row in rows:
            row.expires_at = datetime.now(timezone.utc)
        self.db.commit()
        return len(rows)
