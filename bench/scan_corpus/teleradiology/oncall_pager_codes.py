"""Acknowledgement codes for STAT-read pages sent to the on-call radiologist.

When a stroke or trauma study arrives overnight the on-call radiologist is
paged with a short code; replying with the code acknowledges the page and
stops escalation to the backup reader.
"""
from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from random import SystemRandom as _Rng

import requests

log = logging.getLogger(__name__)

_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass
class PageRecord:
    accession: str
    radiologist_id: int
    code: str
    sent_at: datetime
    acknowledged: bool = False


@dataclass
class PagerService:
    gateway_url: str
    gateway_token: str
    escalate_after: timedelta = timedelta(minutes=10)
    _rng: _Rng = field(default_factory=_Rng)
    _open: dict[str, PageRecord] = field(default_factory=dict)

    def _ack_code(self, length: int = 6) -> str:
        return "".join(self._rng.choice(_ALPHABET) for _ in range(length))

    def page(self, accession: str, radiologist_id: int, pager_number: str) -> PageRecord:
        record = PageRecord(accession, radiologist_id, self._ack_code(), datetime.now(timezone.utc))
        resp = requests.post(
            self.gateway_url,
            json={"to": pager_number, "text": f"STAT {accession}: reply {record.code} to acknowledge"},
            headers={"Authorization": f"Bearer {self.gateway_token}"},
            timeout=10,
        )
        resp.raise_for_status()
        self._open[accession] = record
        log.info("paged radiologist %s for STAT study %s", radiologist_id, accession)
        return record

    def acknowledge(self, accession: str, reply: str) -> bool:
        record = self._open.get(accession)
        if record is None or record.acknowledged:
            return False
        if not hmac.compare_digest(record.code.encode(), reply.strip().upper().encode()):
            return False
        record.acknowledged = True
        return True

    def overdue(self) -> list[PageRecord]:
        cutoff = datetime.now(timezone.utc) - self.escalate_after
        return [r for r in self._open.values() if not r.acknowledged and r.sent_at < cutoff]
