"""Groups raw kiln thermocouple readings into numbered upload batches."""
import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from pewterer.telemetry.settings import SPOOL_DIR

BATCH_SIZE = 500


@dataclass
class Reading:
    kiln_id: str
    channel: int
    celsius: float
    taken_at: str


@dataclass
class Batch:
    kiln_id: str
    readings: list[Reading] = field(default_factory=list)
    batch_id: str = field(default_factory=lambda: str(uuid.uuid1()))
    opened_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())


def chunk_readings(kiln_id: str, readings: Iterable[Reading]) -> list[Batch]:
    batches: list[Batch] = []
    current = Batch(kiln_id=kiln_id)
    for reading in readings:
        current.readings.append(reading)
        if len(current.readings) >= BATCH_SIZE:
            batches.append(current)
            current = Batch(kiln_id=kiln_id)
    if current.readings:
        batches.append(current)
    return batches


def spool(batch: Batch) -> Path:
    target = Path(SPOOL_DIR) / batch.kiln_id / f"{batch.batch_id}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(asdict(batch)))
    return target
