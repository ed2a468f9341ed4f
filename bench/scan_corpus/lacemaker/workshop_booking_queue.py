"""Background processing of workshop bookings.

Bookings made on the website are queued and confirmed by a worker, which
checks seat availability, sends the joining instructions and updates the
tutor's register. Tutors describe their venues (parking, pillow hire, lunch)
in a YAML file kept alongside the workshop listings.
"""
import json
from pathlib import Path

import yaml
from celery import Celery

from lacemaker.workshops import mailer, register

app = Celery("lacemaker_workshops")
app.conf.update(task_serializer="json", accept_content=["json"], result_serializer="json")

VENUES_FILE = Path("/srv/lacemaker/workshops/venues.yaml")


def load_venues(path: Path = VENUES_FILE) -> dict:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh).get("venues", {})


def parse_booking(raw: str) -> dict:
    booking = json.loads(raw)
    return {
        "workshop_id": int(booking["workshop_id"]),
        "member_id": int(booking["member_id"]),
        "seats": max(1, min(int(booking.get("seats", 1)), 4)),
        "needs_pillow": bool(booking.get("needs_pillow", False)),
    }


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def confirm_booking(self, raw_booking: str) -> dict:
    booking = parse_booking(raw_booking)
    workshop = register.get_workshop(booking["workshop_id"])
    venue = load_venues().get(workshop.venue_code, {})
    if register.seats_left(workshop.id) < booking["seats"]:
        mailer.send_waitlist_notice(booking["member_id"], workshop)
        return {"status": "waitlisted"}
    register.add_attendee(
        workshop.id, booking["member_id"], booking["seats"], booking["needs_pillow"]
    )
    mailer.send_joining_instructions(booking["member_id"], workshop, venue)
    return {"status": "confirmed"}
