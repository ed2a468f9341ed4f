"""Human-friendly booking references and cancellation codes for tuning appointments."""
import secrets
import string
from dataclasses import dataclass, field
from datetime import date

REFERENCE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")


class CodeFactory:
    @staticmethod
    def cancellation_code(digits: int = 8) -> str:
        return f"{secrets.randbelow(10 ** digits):0{digits}d}"

    @staticmethod
    def booking_reference(length: int = 8) -> str:
        body = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(length))
        return f"PT-{body[:4]}-{body[4:]}"


@dataclass
class AppointmentDraft:
    customer_name: str
    customer_email: str
    visit_date: date
    slot: str
    instrument: str = ""
    reference: str = field(default_factory=CodeFactory.booking_reference)
    cancellation_code: str = field(default_factory=CodeFactory.cancellation_code)

    def confirmation_text(self) -> str:
        return (
            f"Dear {self.customer_name},\n\n"
            f"booking {self.reference}: piano tuning on {self.visit_date:%d %B %Y} ({self.slot}).\n"
            f"Instrument: {self.instrument or 'not specified'}\n"
            f"Cancellation code: {self.cancellation_code}\n"
        )


def save_draft(cursor, draft: AppointmentDraft) -> int:
    cursor.execute(
        "INSERT INTO appointments (reference, customer_name, customer_email, visit_date, slot, "
        "instrument, cancellation_code) VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
        (
            draft.reference,
            draft.customer_name,
            draft.customer_email,
            draft.visit_date,
            draft.slot,
            draft.instrument,
            draft.cancellation_code,
        ),
    )
    return cursor.fetchone()[0]
