"""Admin listing of horse-owner accounts for the office team.

The office uses this list to chase outstanding balances and to send
seasonal check-fit reminders, sorting by whichever column suits the
job in hand.
"""
from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row
from fastapi import APIRouter, Depends, Query

from app.auth import require_office_staff
from app.settings import get_settings

router = APIRouter(prefix="/admin/owners", dependencies=[Depends(require_office_staff)])

BASE_QUERY = """
    SELECT o.id, o.full_name, o.email, o.county,
           COUNT(h.id) AS horses,
           COALESCE(SUM(i.balance_pence), 0) AS balance_pence,
           MAX(f.fitted_on) AS last_fitting
      FROM owners o
      LEFT JOIN horses h ON h.owner_id = o.id
      LEFT JOIN invoices i ON i.owner_id = o.id AND i.paid_on IS NULL
      LEFT JOIN fittings f ON f.horse_id = h.id
     WHERE o.archived = false
  GROUP BY o.id
"""


@dataclass
class Page:
    sort: str
    direction: str
    offset: int
    size: int


def _ordering(page: Page) -> str:
    direction = "DESC" if page.direction.lower() == "desc" else "ASC"
    return "ORDER BY {col} {dir} LIMIT {size} OFFSET {offset}".format(
        col=page.sort, dir=direction, size=page.size, offset=page.offset
    )


def fetch_owners(dsn: str, page: Page) -> list[dict]:
    with psycopg.connect(dsn, row_factory=dict_row) as conn:
        return conn.execute(BASE_QUERY + _ordering(page)).fetchall()


@router.get("")
def list_owners(
    sort: str = Query("full_name"),
    direction: str = Query("asc"),
    offset: int = Query(0, ge=0),
    size: int = Query(50, ge=1, le=200),
):
    page = Page(sort=sort, direction=direction, offset=offset, size=size)
    rows = fetch_owners(get_settings().database_dsn, page)
    return {"owners": rows, "offset": offset, "size": size}
