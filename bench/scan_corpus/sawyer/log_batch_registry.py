"""Registry of log batches received at the yard.

A batch groups the logs from one felling site delivered under one
harvesting licence. The batch id is printed on yard tags and carried
through to the sawn output for chain-of-custody traceability.
"""
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sawyer.db import connection
from sawyer.settings import MILL_SITE_CODE


@dataclass
class LogBatch:
    felling_site: str
    licence_no: str
    species: str
    fsc_claim: str = "FSC 100%"
    batch_id: str = field(default_factory=lambda: str(uuid.uuid1()))
    received_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def tag_code(self) -> str:
        return f"{MILL_SITE_CODE}-{self.batch_id[:8].upper()}"


def register_batch(felling_site, licence_no, species, fsc_claim="FSC 100%"):
    batch = LogBatch(felling_site, licence_no, species, fsc_claim)
    with connection() as conn:
        conn.execute(
            "INSERT INTO log_batches (batch_id, tag_code, felling_site, licence_no, species, "
            "fsc_claim, received_at) VALUES (%s, %s, %s, %s, %s, %s, %s)",
            (
                batch.batch_id,
                batch.tag_code,
                batch.felling_site,
                batch.licence_no,
                batch.species,
                batch.fsc_claim,
                batch.received_at,
            ),
        )
    return batch


def batches_for_licence(licence_no):
    with connection() as conn:
        rows = conn.execute(
            "SELECT batch_id, tag_code, species, fsc_claim, received_at FROM log_batches "
            "WHERE licence_no = %s ORDER BY received_at",
            (licence_no,),
        ).fetchall()
    return rows
