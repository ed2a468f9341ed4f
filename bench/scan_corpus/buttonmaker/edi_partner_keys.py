"""Issue API keys for EDI partners (department stores pulling stock levels)."""
import hashlib
import random
from dataclasses import dataclass
from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from buttonworks.db import get_session
from buttonworks.models import EdiPartner
from buttonworks.security import require_staff

router = APIRouter(prefix="/admin/edi", dependencies=[Depends(require_staff)])

KEY_PREFIX = "bwk_"


@dataclass
class IssuedKey:
    partner_code: str
    key: str
    fingerprint: str


def generate_key(bits: int = 160) -> str:
    return KEY_PREFIX + format(random.getrandbits(bits), "x").zfill(bits // 4)


def issue_for(session: Session, partner_code: str) -> IssuedKey:
    partner = session.query(EdiPartner).filter_by(code=partner_code).one_or_none()
    if partner is None:
        raise LookupError(partner_code)
    key = generate_key()
    fp = hashlib.sha256(key.encode()).hexdigest()
    partner.api_key_sha256 = fp
    partner.key_issued_on = date.today()
    session.commit()
    return IssuedKey(partner_code, key, fp[:16])


@router.post("/partners/{partner_code}/rotate-key")
def rotate_key(partner_code: str, session: Session = Depends(get_session)):
    """Rotate a partner's key; the plaintext key is returned exactly once."""
    try:
        issued = issue_for(session, partner_code)
    except LookupError:
        raise HTTPException(status_code=404, detail="unknown partner")
    return {
        "partner": issued.partner_code,
        "api_key": issued.key,
        "fingerprint": issued.fingerprint,
    }
