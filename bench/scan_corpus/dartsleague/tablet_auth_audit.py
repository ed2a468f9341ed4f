"""Audit trail for tablet sign-ins and score corrections.

League admins review this log when a captain disputes a result, so it records
who did what from which tablet, but never the PINs or session tokens used.
"""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timezone

audit_log = logging.getLogger("dartsleague.audit.tablet")


@dataclass
class TabletSignIn:
    venue_code: str
    tablet_id: str
    operator_name: str
    pin: str
    session_token: str
    remote_addr: str


def _token_ref(token: str) -> str:
    """Short, non-reversible reference so log lines can be correlated."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:12]


def record_sign_in(event: TabletSignIn, success: bool) -> None:
    audit_log.info(
        "tablet sign-in venue=%s tablet=%s operator=%s from=%s ok=%s session_ref=%s",
        event.venue_code,
        event.tablet_id,
        event.operator_name,
        event.remote_addr,
        success,
        _token_ref(event.session_token) if success else "-",
    )


def record_score_correction(
    venue_code: str, tablet_id: str, operator_name: str, leg_id: int, old: int, new: int
) -> None:
    audit_log.warning(
        "score correction venue=%s tablet=%s operator=%s leg=%d %d->%d at=%s",
        venue_code,
        tablet_id,
        operator_name,
        leg_id,
        old,
        new,
        datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


def configure(path: str = "/var/log/dartsleague/tablet_audit.log") -> None:
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    audit_log.addHandler(handler)
    audit_log.setLevel(logging.INFO)
