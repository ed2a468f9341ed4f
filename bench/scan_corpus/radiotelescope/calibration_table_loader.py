"""aiohttp service returning bandpass and gain calibration tables to the imaging pipeline."""
from __future__ import annotations

import os

import numpy as np
from aiohttp import web


class CalibrationStore:
    def __init__(self, root: str) -> None:
        self.root = root

    def path_for(self, table: str) -> str:
        return os.path.join(self.root, table)

    def load(self, table: str) -> np.ndarray:
        return np.loadtxt(self.path_for(table), delimiter=",", comments="#")


async def get_table(request: web.Request) -> web.Response:
    store: CalibrationStore = request.app["cal_store"]
    table = request.query.get("table")
    if not table:
        raise web.HTTPBadRequest(text="table query parameter required")
    try:
        data = store.load(table)
    except FileNotFoundError:
        raise web.HTTPNotFound(text=f"no calibration table {table}")
    except ValueError as exc:
        raise web.HTTPUnprocessableEntity(text=f"malformed table: {exc}")
    return web.json_response({
        "table": table,
        "rows": int(data.shape[0]),
        "values": data.tolist(),
    })


async def list_tables(request: web.Request) -> web.Response:
    store: CalibrationStore = request.app["cal_store"]
    names = sorted(n for n in os.listdir(store.root) if n.endswith(".csv"))
    return web.json_response({"tables": names})


def make_app() -> web.Application:
    app = web.Application()
    app["cal_store"] = CalibrationStore(os.environ.get("RT_CAL_ROOT", "/srv/rt/calibration"))
    app.router.add_get("/calibration", get_table)
    app.router.add_get("/calibration/index", list_tables)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), host=os.environ.get("RT_CAL_BIND", "127.0.0.1"), port=8091)
