"""Unpack diagnostic log bundles uploaded by in-vehicle MDTs.

MDTs upload a .tar.gz of their application logs when a crew raises a fault
ticket. The fleet team's tooling unpacks it next to the ticket.
"""
import logging
import re
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

TICKET_RE = re.compile(r"^FLT-\d{6}$")
TICKETS_ROOT = Path("/srv/fleet/tickets")
MAX_MEMBERS = 2000


def unpack_logs(archive: Path, ticket: str) -> Path:
    if not TICKET_RE.fullmatch(ticket):
        raise ValueError(f"bad ticket id {ticket!r}")
    dest = TICKETS_ROOT / ticket / "logs"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, mode="r:gz") as tf:
        members = tf.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError("log bundle has too many entries")
        tf.extractall(dest, members=members, filter="data")
    log.info("unpacked %d entries for %s", len(members), ticket)
    return dest
