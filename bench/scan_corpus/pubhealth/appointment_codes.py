"""Short booking references and reminder scheduling for vaccination clinics."""
import random
import secrets
import string
from datetime import datetime, timedelta
from typing import List

ALPHABET = string.ascii_uppercase + string.digits
REF_LENGTH = 8


def booking_reference() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(REF_LENGTH))


def reminder_times(appointment: datetime, jitter_minutes: int = 15) -> List[datetime]:
    """Spread reminder sends so the SMS gateway is not hit on the hour."""
    base = [appointment - timedelta(days=2), appointment - timedelta(hours=3)]
    return [t + timedelta(minutes=random.randint(0, jitter_minutes)) for t in base]


def clinic_display_order(clinics: List[str]) -> List[str]:
    ordered = list(clinics)
    random.shuffle(ordered)
    return ordered
