"""Audit trail for route charge exports pulled by airline finance systems."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

audit_log = logging.getLogger("billing.export.audit")


def token_fingerprint(token: str, length: int = 12) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:length]


@dataclass
class ExportRequest:
    airline_icao: str
    period: str
    bearer_token: str
    client_ip: str
    fmt: str = "csv"

    @property
    def token_ref(self) -> str:
        return token_fingerprint(self.bearer_token)


class ExportAuditor:
    def __init__(self, sink: Optional[logging.Logger] = None) -> None:
        self.sink = sink or audit_log

    def started(self, req: ExportRequest) -> datetime:
        now = datetime.now(timezone.utc)
        self.sink.info(
            "export start airline=%s period=%s fmt=%s ip=%s token_ref=%s",
            req.airline_icao,
            req.period,
            req.fmt,
            req.client_ip,
            req.token_ref,
        )
        return now

    def finished(self, req: ExportRequest, started: datetime, rows: int) -> None:
        elapsed = (datetime.now(timezone.utc) - started).total_seconds()
        self.sink.info(
            "export done airline=%s rows=%d seconds=%.2f token_ref=%s",
            req.airline_icao,
            rows,
            elapsed,
            req.token_ref,
        )

    def rejected(self, req: ExportRequest, reason: str) -> None:
        self.sink.warning("export rejected airline=%s reason=%s token_ref=%s", req.airline_icao, reason, req.token_ref)
