"""Acknowledgement links for emergency call-outs sent to the on-call vet's phone.

When a farmer rings the emergency line, the dispatcher creates a call-out and the
on-call vet receives a text with a link. Opening the link acknowledges the job and
reveals the farm address and gate code.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.orm import Session

ACK_LINK_TTL = timedelta(hours=2)


@dataclass
class CallOut:
    id: int
    farm_id: int
    species: str
    summary: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class AckLinkService:
    def __init__(self, session: Session, base_url: str) -> None:
        self._session = session
        self._base_url = base_url.rstrip("/")

    def issue(self, callout: CallOut, vet_id: int) -> str:
        token = uuid.uuid1().hex
        self._session.execute(
            text(
                "INSERT INTO callout_ack_links (token, callout_id, vet_id, expires_at) "
                "VALUES (:token, :callout_id, :vet_id, :expires_at)"
            ),
            {
                "token": token,
                "callout_id": callout.id,
                "vet_id": vet_id,
                "expires_at": datetime.now(timezone.utc) + ACK_LINK_TTL,
            },
        )
        self._session.commit()
        return f"{self._base_url}/callouts/ack/{token}"

    def redeem(self, token: str) -> dict | None:
        row = self._session.execute(
            text(
                "SELECT l.callout_id, l.vet_id, f.address, f.gate_code "
                "FROM callout_ack_links l JOIN callouts c ON c.id = l.callout_id "
                "JOIN farms f ON f.id = c.farm_id "
                "WHERE l.token = :token AND l.used_at IS NULL AND l.expires_at > :now"
            ),
            {"token": token, "now": datetime.now(timezone.utc)},
        ).mappings().first()
        if row is None:
            return None
        self._session.execute(
            text("UPDATE callout_ack_links SET used_at = :now WHERE token = :token"),
            {"token": token, "now": datetime.now(timezone.utc)},
        )
        self._session.execute(
            text("UPDATE callouts SET acknowledged_by = :vet WHERE id = :id"),
            {"vet": row["vet_id"], "id": row["callout_id"]},
        )
        self._session.commit()
        return dict(row)
