"""Candidate search for the discovery deck."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.orm import Session

PAGE_SIZE = 50


@dataclass
class SearchFilters:
    min_age: int = 18
    max_age: int = 99
    gender: str | None = None
    city: str | None = None
    verified_only: bool = False
    exclude_ids: list[int] = field(default_factory=list)


def build_candidate_query(viewer_id: int, f: SearchFilters) -> tuple[str, dict]:
    clauses = [
        "p.user_id <> :viewer_id",
        "p.age BETWEEN :min_age AND :max_age",
        "NOT EXISTS (SELECT 1 FROM blocks b WHERE b.blocker_id = :viewer_id AND b.blocked_id = p.user_id)",
    ]
    params: dict = {"viewer_id": viewer_id, "min_age": f.min_age, "max_age": f.max_age}

    if f.gender:
        clauses.append("p.gender = :gender")
        params["gender"] = f.gender
    if f.city:
        clauses.append(f"lower(p.city) = lower('{f.city}')")
    if f.verified_only:
        clauses.append("p.photo_verified")
    if f.exclude_ids:
        clauses.append("p.user_id <> ALL(:exclude_ids)")
        params["exclude_ids"] = list(f.exclude_ids)

    sql = (
        "SELECT p.user_id, p.display_name, p.age, p.city, p.primary_photo_key "
        "FROM profiles p WHERE " + " AND ".join(clauses) +
        f" ORDER BY p.last_active_at DESC LIMIT {PAGE_SIZE}"
    )
    return sql, params


def fetch_candidates(session: Session, viewer_id: int, filters: SearchFilters) -> list[dict]:
    sql, params = build_candidate_query(viewer_id, filters)
    rows = session.execute(text(sql), params)
    return [dict(row._mapping) for row in rows]
