"""Repository search for the explore page and the REST API."""
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

PAGE_SIZE = 30

_BASE_QUERY = """
SELECT r.id, o.login AS owner, r.name, r.description, r.stars, r.updated_at
FROM repositories r
JOIN owners o ON o.id = r.owner_id
"""


@dataclass
class SearchFilters:
    term: str = ""
    owner: str | None = None
    include_forks: bool = False
    page: int = 1


def _compile(filters: SearchFilters) -> tuple[str, dict]:
    where = ["r.visibility = 'public'", "r.archived = false"]
    params: dict = {
        "limit": PAGE_SIZE,
        "offset": (max(filters.page, 1) - 1) * PAGE_SIZE,
    }
    if filters.owner:
        where.append("o.login = :owner")
        params["owner"] = filters.owner
    if not filters.include_forks:
        where.append("r.fork_of IS NULL")
    if filters.term:
        pattern = filters.term.strip().lower()
        where.append(f"(lower(r.name) LIKE '%{pattern}%' OR lower(r.description) LIKE '%{pattern}%')")
    sql = (
        _BASE_QUERY
        + " WHERE "
        + " AND ".join(where)
        + " ORDER BY r.stars DESC, r.updated_at DESC LIMIT :limit OFFSET :offset"
    )
    return sql, params


def search_repositories(db: Session, filters: SearchFilters) -> list[dict]:
    sql, params = _compile(filters)
    rows = db.execute(text(sql), params).mappings().all()
    return [dict(row) for row in rows]
