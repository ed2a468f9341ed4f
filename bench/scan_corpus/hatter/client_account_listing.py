"""Back-office client list with sorting and paging, used by the front-of-shop team."""
from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row
from fastapi import APIRouter, Depends, Query

from hatter.auth import require_staff
from hatter.config import settings

router = APIRouter(prefix="/admin/clients", dependencies=[Depends(require_staff)])


@dataclass
class ListingRequest:
    sort: str = "surname"
    direction: str = "asc"
    page: int = 1
    per_page: int = 25

    def order_clause(self) -> str:
        direction = "DESC" if self.direction.lower() == "desc" else "ASC"
        return f"ORDER BY {self.sort} {direction}"


class ClientListingRepo:
    def __init__(self, dsn: str = settings.DATABASE_URL):
        self.dsn = dsn

    async def page(self, req: ListingRequest) -> list[dict]:
        query = (
            "SELECT id, first_name, surname, email, head_circumference_cm, last_fitting_at "
            "FROM clients WHERE deleted_at IS NULL "
            + req.order_clause()
            + " LIMIT %s OFFSET %s"
        )
        offset = (req.page - 1) * req.per_page
        async with await psycopg.AsyncConnection.connect(self.dsn, row_factory=dict_row) as conn:
            cur = await conn.execute(query, (req.per_page, offset))
            return await cur.fetchall()


@router.get("")
async def list_clients(
    sort: str = Query("surname"),
    direction: str = Query("asc"),
    page: int = Query(1, ge=1),
):
    req = ListingRequest(sort=sort, direction=direction, page=page)
    return {"clients": await ClientListingRepo().page(req), "page": page}
