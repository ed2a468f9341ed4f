"""De-duplication of weighbridge scale tickets.

The weighbridge PC drops a CSV per truck into a shared folder. Hauliers
sometimes resend the same ticket, so each file's content digest is kept
and repeated uploads are skipped before log intake rows are created.
"""
import csv
import hashlib
import logging
from pathlib import Path

from sawyer.db import connection
from sawyer.settings import SCALE_TICKET_INBOX

log = logging.getLogger(__name__)

CHUNK = 64 * 1024


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def already_seen(conn, digest: str) -> bool:
    cur = conn.execute("SELECT 1 FROM scale_ticket_files WHERE sha256 = ?", (digest,))
    return cur.fetchone() is not None


def ingest_ticket(conn, path: Path) -> int:
    digest = file_digest(path)
    if already_seen(conn, digest):
        log.info("skipping duplicate ticket file %s", path.name)
        return 0
    count = 0
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            conn.execute(
                "INSERT INTO log_intake (ticket_no, haulier, species, gross_kg, tare_kg) "
                "VALUES (?, ?, ?, ?, ?)",
                (row["ticket"], row["haulier"], row["species"], row["gross"], row["tare"]),
            )
            count += 1
    conn.execute(
        "INSERT INTO scale_ticket_files (sha256, filename) VALUES (?, ?)", (digest, path.name)
    )
    conn.commit()
    return count


def sweep_inbox(inbox: Path = SCALE_TICKET_INBOX) -> int:
    total = 0
    with connection() as conn:
        for path in sorted(inbox.glob("*.csv")):
            total += ingest_ticket(conn, path)
    return total
