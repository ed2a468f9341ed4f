"""Issue one-time gate codes for contractors visiting a solar site.

The code is read out to the contractor by the control room and typed into the
keypad at the perimeter gate. Codes expire after the visit window.
"""

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy.orm import Session

from sitesecurity.models import GateCode

CODE_LENGTH = 6
DEFAULT_VALID_HOURS = 12


def issue_gate_code(db: Session, site_id: int, contractor: str,
                    valid_hours: int = DEFAULT_VALID_HOURS) -> GateCode:
    now = datetime.now(timezone.utc)
    code = "".join(random.choices(string.digits, k=CODE_LENGTH))
    gate_code = GateCode(
        site_id=site_id,
        contractor=contractor,
        code=code,
        valid_from=now,
        valid_until=now + timedelta(hours=valid_hours),
    )
    db.add(gate_code)
    db.commit()
    return gate_code


def revoke_codes_for_contractor(db: Session, site_id: int, contractor: str) -> int:
    q = db.query(GateCode).filter(
        GateCode.site_id == site_id,
        GateCode.contractor == contractor,
        GateCode.revoked.is_(False),
    )
    count = q.update({GateCode.revoked: True})
    db.commit()
    return count
