"""Writes outgoing reminder messages to the spool directory read by the SMS gateway daemon.

The daemon runs as a separate system user and removes files once they
have been handed to the carrier.
"""
import json
import os
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

SPOOL_DIR_MODE = 0o777


@dataclass
class OutgoingSms:
    to: str
    body: str
    clinic_code: str
    message_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())


class SmsSpool:
    def __init__(self, spool_dir: Path):
        self.spool_dir = spool_dir
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.spool_dir, SPOOL_DIR_MODE)

    def enqueue(self, sms: OutgoingSms) -> Path:
        tmp = self.spool_dir / f".{sms.message_id}.tmp"
        final = self.spool_dir / f"{sms.message_id}.json"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(asdict(sms), fh)
        os.replace(tmp, final)
        return final

    def pending(self) -> list[Path]:
        return sorted(self.spool_dir.glob("*.json"))

    def depth(self) -> int:
        return len(self.pending())
