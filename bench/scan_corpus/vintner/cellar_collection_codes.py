"""Collection codes for customers picking up wine from bonded cellar storage.

When a storage account holder books a collection slot, the warehouse issues a
code that the driver or customer quotes at the loading bay to release the cases.
"""

import random
import string
from datetime import datetime, timedelta

from vintner.cellar.models import CollectionBooking
from vintner.config import settings
from vintner.notifications import send_sms


class CollectionCodeIssuer:
    alphabet = string.ascii_uppercase + string.digits
    code_length = 8

    def __init__(self, validity_hours: int = settings.COLLECTION_CODE_VALID_HOURS):
        self.validity = timedelta(hours=validity_hours)
        self._rng = random.Random()

    def _new_code(self) -> str:
        return "".join(self._rng.choices(self.alphabet, k=self.code_length))

    def issue(self, booking: CollectionBooking) -> str:
        code = self._new_code()
        booking.release_code = code
        booking.release_code_expires = datetime.utcnow() + self.validity
        booking.save(update_fields=["release_code", "release_code_expires"])
        send_sms(
            booking.account.mobile_number,
            f"Your cellar collection on {booking.slot:%d %b %H:%M} is confirmed. "
            f"Quote code {code} at the loading bay.",
        )
        return code

    def revoke(self, booking: CollectionBooking) -> None:
        booking.release_code = None
        booking.release_code_expires = None
        booking.save(update_fields=["release_code", "release_code_expires"])
