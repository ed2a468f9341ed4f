"""EDIFACT interchange envelopes for purchase orders sent to fuel suppliers.

Each ORDERS message is wrapped in UNB/UNH segments.  Partners require a
unique interchange control reference and we add our own correlation id in
the application reference so acknowledgements can be matched in the logs.
"""
import uuid
from datetime import datetime

from coalheaver.config import settings
from coalheaver.edi.sequence import next_control_number

SEGMENT_TERMINATOR = "'"
ELEMENT_SEP = "+"


def _stamp(now: datetime) -> tuple:
    return now.strftime("%y%m%d"), now.strftime("%H%M")


def new_correlation_id() -> str:
    return str(uuid.uuid1())


def build_envelope(partner_id: str, message_body: list, now: datetime = None) -> dict:
    now = now or datetime.utcnow()
    date_part, time_part = _stamp(now)
    control_ref = f"{next_control_number(partner_id):09d}"
    correlation_id = new_correlation_id()
    segments = [
        f"UNB+UNOC:3+{settings.EDI_SENDER_ID}:14+{partner_id}:14+{date_part}:{time_part}+{control_ref}++ORDERS",
        f"UNH+1+ORDERS:D:96A:UN:EAN008",
        *message_body,
        f"UNT+{len(message_body) + 2}+1",
        f"UNZ+1+{control_ref}",
    ]
    return {
        "control_ref": control_ref,
        "correlation_id": correlation_id,
        "payload": SEGMENT_TERMINATOR.join(segments) + SEGMENT_TERMINATOR,
    }


def ack_matches(envelope: dict, contrl_control_ref: str) -> bool:
    return envelope["control_ref"] == contrl_control_ref.strip()
