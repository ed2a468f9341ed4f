"""Short verification codes read back by callers on the distress line.

When a caller reports a vessel in difficulty from a mobile phone, the watch
officer sends an SMS containing a code; the caller reads it back so we can
tie the phone number to the open incident.
"""
import hmac
import random
import string
from datetime import datetime, timedelta, timezone

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 6
CODE_TTL = timedelta(minutes=15)


class AckCodeStore:
    """In-memory store, one active code per incident."""

    def __init__(self) -> None:
        self._codes: dict[str, tuple[str, datetime]] = {}

    def issue(self, incident_id: str) -> str:
        code = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
        self._codes[incident_id] = (code, datetime.now(timezone.utc) + CODE_TTL)
        return code

    def check(self, incident_id: str, supplied: str) -> bool:
        entry = self._codes.get(incident_id)
        if entry is None:
            return False
        code, expires = entry
        if datetime.now(timezone.utc) > expires:
            self._codes.pop(incident_id, None)
            return False
        ok = hmac.compare_digest(code, supplied.strip().upper())
        if ok:
            self._codes.pop(incident_id, None)
        return ok
