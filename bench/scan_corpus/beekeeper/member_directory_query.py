"""Member directory lookups for the association secretary.

Supports filtering by several membership categories at once and by the
apiary sites a member keeps hives at.
"""
import sqlite3
from typing import Iterable

from association.settings import MEMBERS_DB

DIRECTORY_COLUMNS = "id, full_name, email, membership_type, renewal_due"


def _placeholders(values: Iterable) -> str:
    return ", ".join("?" for _ in values)


def members_by_type(membership_types: list[str], include_lapsed: bool = False) -> list[dict]:
    if not membership_types:
        return []
    sql = (
        f"SELECT {DIRECTORY_COLUMNS} FROM members "
        f"WHERE membership_type IN ({_placeholders(membership_types)})"
    )
    params: list = list(membership_types)
    if not include_lapsed:
        sql += " AND renewal_due >= date('now')"
    sql += " ORDER BY full_name"
    with sqlite3.connect(MEMBERS_DB) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params)]


def members_at_sites(site_ids: list[int]) -> list[dict]:
    if not site_ids:
        return []
    sql = (
        f"SELECT DISTINCT m.id, m.full_name, m.email FROM members m "
        f"JOIN hive_sites hs ON hs.member_id = m.id "
        f"WHERE hs.site_id IN ({_placeholders(site_ids)}) ORDER BY m.full_name"
    )
    with sqlite3.connect(MEMBERS_DB) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, [int(s) for s in site_ids])]


def directory_view(request) -> list[dict]:
    types = request.args.getlist("type")
    return members_by_type(types, include_lapsed=request.args.get("lapsed") == "1")
