"""Ingest end-of-day XML exports from the weighbridge software at each site.

Sites upload their day file to the back office; each <Ticket> becomes a row
in the tonnage ledger used for landfill tax and recycling-rate returns.
"""

from datetime import datetime
from pathlib import Path

from lxml import etree

from ledger.store import upsert_ticket

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
)


def _int(node, tag: str) -> int:
    return int(node.findtext(tag, default="0"))


def parse_day_file(data: bytes) -> list[dict]:
    root = etree.fromstring(data, parser=_PARSER)
    site = root.get("site")
    tickets = []
    for t in root.iter("Ticket"):
        tickets.append(
            {
                "site": site,
                "ticket_no": t.get("no"),
                "vehicle_reg": t.findtext("Vehicle", default="").strip().upper(),
                "material": t.findtext("Material", default=""),
                "gross_kg": _int(t, "Gross"),
                "tare_kg": _int(t, "Tare"),
                "weighed_out": datetime.fromisoformat(t.findtext("Out")),
            }
        )
    return tickets


def ingest(path: Path) -> int:
    tickets = parse_day_file(path.read_bytes())
    for ticket in tickets:
        upsert_ticket(**ticket)
    return len(tickets)
