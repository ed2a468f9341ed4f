"""Lookup of log intake records for the yard office.

The yard office tablet app queries the local SQLite replica by scale
ticket or by haulier when a driver disputes a weighing or a deduction.
"""
import aiosqlite
from aiohttp import web

from sawyer.settings import YARD_REPLICA_PATH

routes = web.RouteTableDef()

COLUMNS = "ticket_no, haulier, vehicle_reg, species, gross_kg, tare_kg, deduction_pct, received_at"


class IntakeRepository:
    def __init__(self, path=YARD_REPLICA_PATH):
        self.path = path

    async def _fetch(self, sql, params=()):
        async with aiosqlite.connect(self.path) as db:
            db.row_factory = aiosqlite.Row
            async with db.execute(sql, params) as cur:
                return [dict(row) for row in await cur.fetchall()]

    async def by_ticket(self, ticket_no):
        sql = "SELECT %s FROM log_intake WHERE ticket_no = '%s'" % (COLUMNS, ticket_no)
        return await self._fetch(sql)

    async def by_haulier(self, haulier, since):
        return await self._fetch(
            f"SELECT {COLUMNS} FROM log_intake WHERE haulier = ? AND received_at >= ?",
            (haulier, since),
        )


repo = IntakeRepository()


@routes.get("/intake/ticket/{ticket_no}")
async def ticket(request):
    return web.json_response(await repo.by_ticket(request.match_info["ticket_no"]), dumps=str)


@routes.get("/intake/haulier")
async def haulier(request):
    rows = await repo.by_haulier(request.query["name"], request.query.get("since", "1970-01-01"))
    return web.json_response(rows, dumps=str)


def make_app():
    app = web.Application()
    app.add_routes(routes)
    return app
