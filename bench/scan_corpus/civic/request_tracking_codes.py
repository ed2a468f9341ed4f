"""Public tracking codes for FOIA requests.

Requesters who file without an account receive a tracking code by email.
The code is all that is needed to open the request thread, download the
agency's responses and post follow-up messages to the agency.
"""
import random
import string
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from foiatracker.models import FoiaRequest

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 12


def generate_tracking_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


def format_code(code: str) -> str:
    """Group as XXXX-XXXX-XXXX for the confirmation email."""
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def assign_tracking_code(db: Session, request: FoiaRequest) -> str:
    for _ in range(5):
        code = generate_tracking_code()
        taken = db.scalar(select(FoiaRequest.id).where(FoiaRequest.tracking_code == code))
        if taken is None:
            request.tracking_code = code
            request.code_issued_at = datetime.now(timezone.utc)
            db.add(request)
            db.commit()
            return code
    raise RuntimeError("could not allocate a unique tracking code")


def find_by_code(db: Session, code: str) -> FoiaRequest | None:
    normalized = code.strip().upper().replace("-", "")
    return db.scalar(select(FoiaRequest).where(FoiaRequest.tracking_code == normalized))
