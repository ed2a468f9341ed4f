"""Online booking confirmations.

Each booking gets a short reference that appears in the confirmation SMS
and e-mail. The reference together with the patient's surname lets the
patient reschedule or cancel through the public "manage booking" page.
"""
import random
import string
from dataclasses import dataclass
from datetime import datetime

REFERENCE_ALPHABET = string.ascii_uppercase + string.digits
REFERENCE_LENGTH = 8


@dataclass
class Booking:
    clinic_id: int
    patient_id: int
    starts_at: datetime
    treatment_code: str
    reference: str = ""
    status: str = "pending"


@dataclass
class BookingConfirmationService:
    repository: object
    notifier: object
    manage_url: str

    def new_reference(self) -> str:
        return "".join(random.choices(REFERENCE_ALPHABET, k=REFERENCE_LENGTH))

    def confirm(self, booking: Booking) -> Booking:
        booking.reference = self.new_reference()
        while self.repository.reference_exists(booking.reference):
            booking.reference = self.new_reference()
        booking.status = "confirmed"
        self.repository.save(booking)
        self.notifier.send_confirmation(
            patient_id=booking.patient_id,
            starts_at=booking.starts_at,
            link=f"{self.manage_url}?ref={booking.reference}",
        )
        return booking
