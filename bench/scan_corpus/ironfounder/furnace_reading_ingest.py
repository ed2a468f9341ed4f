"""Ingest of furnace temperature readings into the historian table.

Readings arrive in batches from the edge gateways. Each row gets a
time-ordered UUID so the wide-column store keeps a furnace's readings
clustered in arrival order for the melt chart queries.
"""
import uuid
from dataclasses import dataclass
from datetime import datetime

from cassandra.cluster import Session
from cassandra.query import BatchStatement

from historian.config import settings

INSERT_CQL = (
    "INSERT INTO furnace_readings (furnace_id, reading_id, taken_at, bath_temp_c, power_kw) "
    "VALUES (?, ?, ?, ?, ?)"
)


@dataclass
class Reading:
    furnace_id: str
    taken_at: datetime
    bath_temp_c: float
    power_kw: float


class ReadingWriter:
    def __init__(self, session: Session, batch_size: int = settings.get("INGEST_BATCH", 200)):
        self.session = session
        self.batch_size = batch_size
        self._insert = session.prepare(INSERT_CQL)

    def _row(self, reading: Reading) -> tuple:
        reading_id = uuid.uuid1()
        return (reading.furnace_id, reading_id, reading.taken_at, reading.bath_temp_c, reading.power_kw)

    def write(self, readings: list[Reading]) -> int:
        written = 0
        for start in range(0, len(readings), self.batch_size):
            batch = BatchStatement()
            for reading in readings[start:start + self.batch_size]:
                batch.add(self._insert, self._row(reading))
            self.session.execute(batch)
            written += len(batch)
        return written


def parse_payload(furnace_id: str, payload: list[dict]) -> list[Reading]:
    return [
        Reading(
            furnace_id=furnace_id,
            taken_at=datetime.fromisoformat(item["ts"]),
            bath_temp_c=float(item["temp"]),
            power_kw=float(item["kw"]),
        )
        for item in payload
    ]
