"""Writes signed-off maintenance task cards to the shared records volume.

Records auditors read these through group membership; nobody else on the
host should be able to read or alter a signed card.
"""
import json
import os
import re
import stat
from datetime import datetime, timezone
from pathlib import Path

RECORDS_ROOT = Path(os.environ.get("MX_RECORDS_ROOT", "/srv/mx-records"))
RECORD_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP  # 0o640
DIR_MODE = 0o750
RECORDS_UMASK = 0o027

_TAIL_RE = re.compile(r"^[A-Z0-9-]{2,10}$")
_CARD_RE = re.compile(r"^[0-9]{2}-[0-9]{2}-[0-9]{2,4}(-[0-9]+)?$")


def _card_path(tail: str, card_no: str) -> Path:
    if not _TAIL_RE.match(tail) or not _CARD_RE.match(card_no):
        raise ValueError("invalid tail or task card number")
    return RECORDS_ROOT / tail / f"{card_no}.json"


def write_task_card(tail: str, card_no: str, signed_by: str, findings: list[str]) -> Path:
    path = _card_path(tail.upper(), card_no)
    record = {
        "tail": tail.upper(),
        "card": card_no,
        "signed_by": signed_by,
        "signed_at": datetime.now(timezone.utc).isoformat(),
        "findings": findings,
    }
    previous = os.umask(RECORDS_UMASK)
    try:
        path.parent.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        # O_EXCL: a signed card is never overwritten, amendments get a new number
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, RECORD_MODE)
        with os.fdopen(fd, "w") as fh:
            json.dump(record, fh, indent=2)
    finally:
        os.umask(previous)
    return path
