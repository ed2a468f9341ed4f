"""aiohttp handlers serving bulk dataset files listed in the portal catalogue."""

import json
from pathlib import Path

from aiohttp import web


class Catalogue:
    _instance: "Catalogue | None" = None

    def __init__(self, root: Path, entries: dict[str, str]) -> None:
        self.root = root
        self.entries = entries

    @classmethod
    def load(cls, root: Path) -> "Catalogue":
        if cls._instance is None:
            manifest = json.loads((root / "catalogue.json").read_text())
            cls._instance = cls(root, {d["id"]: d["file"] for d in manifest["datasets"]})
        return cls._instance

    def file_for(self, dataset_id: str) -> Path | None:
        relative = self.entries.get(dataset_id)
        return self.root / relative if relative else None


async def download(request: web.Request) -> web.StreamResponse:
    catalogue = Catalogue.load(request.app["dataset_root"])
    path = catalogue.file_for(request.match_info["dataset_id"])
    if path is None or not path.is_file():
        raise web.HTTPNotFound(text="no such dataset")
    return web.FileResponse(path, headers={"Content-Disposition": f'attachment; filename="{path.name}"'})


async def index(request: web.Request) -> web.Response:
    catalogue = Catalogue.load(request.app["dataset_root"])
    return web.json_response(sorted(catalogue.entries))


def make_app(dataset_root: Path) -> web.Application:
    app = web.Application()
    app["dataset_root"] = dataset_root
    app.router.add_get("/datasets", index)
    app.router.add_get("/datasets/{dataset_id}", download)
    return app
