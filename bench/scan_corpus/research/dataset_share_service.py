"""Create and resolve external share links for portal datasets."""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Connection

PREVIEW_FILE_COUNT = 6
LINK_LIFETIME = timedelta(days=14)


@dataclass
class SharePage:
    dataset_id: int
    title: str
    preview_files: list[str]
    expires_at: datetime


def issue_link(conn: Connection, dataset_id: int, owner: str) -> str:
    token = secrets.token_urlsafe(32)
    conn.execute(
        text(
            "INSERT INTO dataset_share_links (dataset_id, token, created_by, expires_at) "
            "VALUES (:dataset_id, :token, :owner, :expires_at)"
        ),
        {
            "dataset_id": dataset_id,
            "token": token,
            "owner": owner,
            "expires_at": datetime.now(timezone.utc) + LINK_LIFETIME,
        },
    )
    return token


def _pick_previews(file_names: list[str]) -> list[str]:
    # Show a varied handful of files on the landing page instead of always the
    # first few, which for instrument runs are usually calibration frames.
    if len(file_names) <= PREVIEW_FILE_COUNT:
        return sorted(file_names)
    return sorted(random.sample(file_names, PREVIEW_FILE_COUNT))


def load_share_page(conn: Connection, token: str) -> SharePage | None:
    row = conn.execute(
        text(
            "SELECT d.id, d.title, l.expires_at FROM dataset_share_links l "
            "JOIN datasets d ON d.id = l.dataset_id "
            "WHERE l.token = :token AND l.revoked = false AND l.expires_at > now()"
        ),
        {"token": token},
    ).first()
    if row is None:
        return None
    names = conn.execute(
        text("SELECT name FROM dataset_files WHERE dataset_id = :id"), {"id": row.id}
    ).scalars().all()
    return SharePage(
        dataset_id=row.id,
        title=row.title,
        preview_files=_pick_previews(list(names)),
        expires_at=row.expires_at,
    )
