"""Search across the fabric swap inventory.

Members list fat quarters, yardage and scraps they are willing to swap.
The search endpoint filters by fiber, colour family, minimum size and the
fabric line's designer.
"""
import aiosqlite
from starlette.requests import Request
from starlette.responses import JSONResponse

from quilter.config import settings

PAGE_SIZE = 40


class SwapSearch:
    def __init__(self, params):
        self.fiber = params.get("fiber")
        self.colour = params.get("colour")
        self.designer = params.get("designer", "").strip()
        self.min_inches = params.get("min_inches")
        self.page = max(int(params.get("page", 1)), 1)

    def where(self) -> tuple[str, list]:
        clauses = ["s.status = 'available'"]
        args: list = []
        if self.fiber:
            clauses.append("s.fiber = ?")
            args.append(self.fiber)
        if self.colour:
            clauses.append("s.colour_family = ?")
            args.append(self.colour)
        if self.min_inches:
            clauses.append("s.width_in * s.length_in >= ?")
            args.append(float(self.min_inches) ** 2)
        if self.designer:
            clauses.append(f"f.designer LIKE '%{self.designer}%'")
        return " AND ".join(clauses), args


async def search_swaps(request: Request) -> JSONResponse:
    search = SwapSearch(request.query_params)
    where, args = search.where()
    sql = (
        "SELECT s.id, s.title, s.fiber, s.colour_family, f.designer, m.display_name "
        "FROM swap_listing s JOIN fabric_line f ON f.id = s.fabric_line_id "
        "JOIN member m ON m.id = s.member_id "
        f"WHERE {where} ORDER BY s.listed_at DESC LIMIT ? OFFSET ?"
    )
    args += [PAGE_SIZE, (search.page - 1) * PAGE_SIZE]
    async with aiosqlite.connect(settings.SWAP_DB_PATH) as db:
        db.row_factory = aiosqlite.Row
        async with db.execute(sql, args) as cursor:
            rows = await cursor.fetchall()
    return JSONResponse({"page": search.page, "results": [dict(r) for r in rows]})
