"""Lookups used by the membership secretary when reconciling bulk renewals."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable, Sequence

from flask import Blueprint, current_app, jsonify, request

from bridlepath.auth import staff_required

bp = Blueprint("member_directory", __name__, url_prefix="/staff/members")

MAX_BATCH = 500


@dataclass
class MemberSummary:
    membership_number: str
    name: str
    tier: str
    renews_on: str


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["MEMBERS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def lookup_members(numbers: Sequence[str]) -> list[MemberSummary]:
    found: list[MemberSummary] = []
    with _connect() as conn:
        for batch in _chunks(list(dict.fromkeys(numbers)), MAX_BATCH):
            placeholders = ",".join("?" * len(batch))
            rows = conn.execute(
                f"SELECT membership_number, full_name, tier, renews_on FROM members "
                f"WHERE membership_number IN ({placeholders}) ORDER BY full_name",
                tuple(batch),
            ).fetchall()
            found.extend(MemberSummary(r[0], r[1], r[2], r[3]) for r in rows)
    return found


@bp.post("/lookup")
@staff_required
def lookup():
    numbers = [n.strip() for n in request.get_json(force=True).get("numbers", []) if n.strip()]
    members = lookup_members(numbers)
    missing = sorted(set(numbers) - {m.membership_number for m in members})
    return jsonify(
        members=[m.__dict__ for m in members],
        missing=missing,
    )
