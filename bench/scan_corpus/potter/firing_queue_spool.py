"""Write firing jobs into the spool directory watched by the kiln room daemon.

When a member's bisque or glaze ware is accepted onto a shelf, a job file
is dropped into the spool; the daemon on the kiln-room machine picks jobs
up in order and loads them onto the next matching firing.
"""
import json
import stat
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from potter.config import settings

SPOOL_DIR = Path(settings.FIRING_SPOOL_DIR)
SPOOL_MODE = (
    stat.S_IRUSR | stat.S_IWUSR
    | stat.S_IRGRP | stat.S_IWGRP
    | stat.S_IROTH | stat.S_IWOTH
)


@dataclass
class FiringJob:
    member_id: int
    firing_type: str
    cone: str
    shelf_inches: float
    piece_count: int
    notes: str = ""


def _job_filename() -> str:
    return f"{time.time_ns()}-{uuid.uuid4().hex[:8]}.json"


def enqueue(job: FiringJob) -> Path:
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    staging = SPOOL_DIR / ".incoming" / _job_filename()
    staging.parent.mkdir(exist_ok=True)
    staging.write_text(json.dumps(asdict(job)), encoding="utf-8")
    staging.chmod(SPOOL_MODE)
    final = SPOOL_DIR / staging.name
    staging.replace(final)
    return final


def pending_jobs() -> list[FiringJob]:
    jobs = []
    for path in sorted(SPOOL_DIR.glob("*.json")):
        jobs.append(FiringJob(**json.loads(path.read_text(encoding="utf-8"))))
    return jobs
