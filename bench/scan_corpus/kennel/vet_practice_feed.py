"""Reads the nightly appointment feed pushed by the on-call vet practice."""
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lxml import etree

log = logging.getLogger(__name__)

FEED_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)
INBOX = Path("/var/lib/kennel/vet_feed/inbox")
DONE = Path("/var/lib/kennel/vet_feed/processed")


@dataclass
class VetAppointment:
    booking_ref: str
    pet_name: str
    vet_name: str
    starts_at: datetime
    reason: str


def parse_feed(data: bytes) -> list[VetAppointment]:
    root = etree.fromstring(data, parser=FEED_PARSER)
    appointments = []
    for node in root.iterfind("appointment"):
        appointments.append(
            VetAppointment(
                booking_ref=node.get("bookingRef", ""),
                pet_name=node.findtext("pet", default=""),
                vet_name=node.findtext("vet", default=""),
                starts_at=datetime.fromisoformat(node.findtext("start")),
                reason=node.findtext("reason", default=""),
            )
        )
    return appointments


def process_inbox(store) -> int:
    """Parse every waiting feed file, hand appointments to ``store`` and archive it."""
    DONE.mkdir(parents=True, exist_ok=True)
    total = 0
    for path in sorted(INBOX.glob("*.xml")):
        try:
            appointments = parse_feed(path.read_bytes())
        except (etree.XMLSyntaxError, ValueError, TypeError) as exc:
            log.error("Skipping malformed feed %s: %s", path.name, exc)
            continue
        for appt in appointments:
            store.upsert_vet_appointment(appt)
        total += len(appointments)
        path.rename(DONE / path.name)
    log.info("Imported %d vet appointments", total)
    return total
