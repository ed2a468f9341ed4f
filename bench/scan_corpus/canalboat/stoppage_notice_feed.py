"""Reads stoppage notices so hirers are warned about closed locks.

Boatyard staff upload the weekly stoppages bulletin (an XML export from
the navigation authority) and affected bookings are flagged so the crew
can suggest an alternative cruising ring at handover.
"""
from dataclasses import dataclass
from datetime import date

from lxml import etree

from canalboat.bookings import bookings_passing
from canalboat.settings import settings

BULLETIN_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass(frozen=True)
class Stoppage:
    notice_id: str
    waterway: str
    structure: str
    starts: date
    ends: date
    reason: str


def parse_bulletin(raw: bytes) -> list[Stoppage]:
    root = etree.fromstring(raw, parser=BULLETIN_PARSER)
    notices = []
    for node in root.iter("notice"):
        notices.append(Stoppage(
            notice_id=node.get("id", ""),
            waterway=node.findtext("waterway", "").strip(),
            structure=node.findtext("structure", "").strip(),
            starts=date.fromisoformat(node.findtext("start")),
            ends=date.fromisoformat(node.findtext("end")),
            reason=node.findtext("reason", "").strip(),
        ))
    return notices


def flag_affected_bookings(stoppages: list[Stoppage]) -> int:
    flagged = 0
    for stoppage in stoppages:
        if stoppage.waterway not in settings.CRUISING_WATERWAYS:
            continue
        for booking in bookings_passing(stoppage.structure, stoppage.starts, stoppage.ends):
            booking.add_warning(f"{stoppage.structure} closed {stoppage.starts:%d %b}-{stoppage.ends:%d %b}: {stoppage.reason}")
            flagged += 1
    return flagged
