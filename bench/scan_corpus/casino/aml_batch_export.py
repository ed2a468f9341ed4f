"""Nightly export of flagged transactions to the AML case-management vendor."""
from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

EXPORT_TMP = Path(os.environ.get("AML_EXPORT_TMP", tempfile.gettempdir()))


def _records(alerts) -> list[dict]:
    return [
        {
            "alert_id": a.id,
            "player_id": a.player_id,
            "rule": a.rule_code,
            "score": a.score,
            "transactions": [t.id for t in a.transactions],
            "raised_at": a.raised_at.isoformat(),
        }
        for a in alerts
    ]


def export_alerts(alerts, business_day: date, uploader) -> str:
    fd, tmp_name = tempfile.mkstemp(prefix=f"aml_{business_day:%Y%m%d}_", suffix=".jsonl", dir=EXPORT_TMP)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for record in _records(alerts):
                fh.write(json.dumps(record, separators=(",", ":")) + "\n")
        return uploader.upload(tmp_name, remote_name=f"alerts_{business_day:%Y%m%d}.jsonl")
    finally:
        os.unlink(tmp_name)
