import asyncio
import hashlib
import os
from pathlib import Path

import aiofiles
from aiohttp import web
from django.http import FileResponse
from flask import Blueprint, abort, current_app, request

from shop.models import Album

bp = Blueprint("albums", __name__)

SPOOL = Path("/srv/spool")
EXPORT_DIR = "/srv/exports"
SCAN_DIR = "/srv/scans"


# Names from an aiohttp handler's parsed JSON body, joined and deleted by a helper that unlinks
# in a worker thread through the path's own method.
def _spool_file(entry: str) -> Path:
    return SPOOL / "queue" / entry


async def _drop(target: Path) -> None:
    await asyncio.to_thread(target.unlink)


async def purge_spool(request: web.Request) -> web.Response:
    payload = await request.json()
    for entry in payload.get("entries", []):
        target = _spool_file(entry)
        # ruleid: path-traversal-user-filename
        await _drop(target)
    return web.json_response({})


async def purge_spool_cleaned(request: web.Request) -> web.Response:
    payload = await request.json()
    for entry in payload.get("entries", []):
        target = _spool_file(os.path.basename(entry))
        # ok: path-traversal-user-filename
        await _drop(target)
    return web.json_response({})


# A coroutine method of a class of the module that streams the path with aiofiles, called by a
# handler after the class with a value of the query string.
class ScanArchive:
    def __init__(self, root: str):
        self.root = root

    def locate(self, batch: str, scan: str) -> str:
        return os.path.join(self.root, batch, scan)

    async def pipe(self, where: str, response: web.StreamResponse) -> None:
        async with aiofiles.open(where, "rb") as fh:
            await response.write(await fh.read())


archive = ScanArchive(SCAN_DIR)


async def scan_handler(request: web.Request) -> web.StreamResponse:
    where = archive.locate("current", request.query.get("scan", "index.pdf"))
    response = web.StreamResponse()
    await response.prepare(request)
    # ruleid: path-traversal-user-filename
    await archive.pipe(where, response)
    return response


async def scan_handler_checked(request: web.Request) -> web.StreamResponse:
    scan = request.query.get("scan", "index.pdf")
    if not scan.isalnum():
        raise web.HTTPNotFound()
    where = archive.locate("current", scan)
    response = web.StreamResponse()
    await response.prepare(request)
    # ok: path-traversal-user-filename
    await archive.pipe(where, response)
    return response


# A helper that builds the path from its one argument parsed as a number, in a Django view.
def export_path(export_id):
    return os.path.join(EXPORT_DIR, "%d.csv" % int(export_id))


def export_path_raw(export_id):
    return os.path.join(EXPORT_DIR, "%s.csv" % export_id)


def download_export(request, export_id):
    # ok: path-traversal-user-filename
    return FileResponse(open(export_path(export_id), "rb"))


def download_export_raw(request, export_id):
    # ruleid: path-traversal-user-filename
    return FileResponse(open(export_path_raw(export_id), "rb"))


# A name made of an upload's hex digest, by a helper of the module.
def _digest_of(stream) -> str:
    digest = hashlib.sha256()
    digest.update(stream.read())
    stream.seek(0)
    return digest.hexdigest()


def _label_of(stream) -> str:
    return stream.readline().decode().strip()


@bp.post("/scans")
def store_scan():
    upload = request.files.get("scan")
    stamp = _digest_of(upload.stream)
    # ok: path-traversal-user-filename
    upload.save(Path(SCAN_DIR) / f"{stamp}.pdf")
    label = _label_of(upload.stream)
    # ruleid: path-traversal-user-filename
    upload.save(Path(SCAN_DIR) / f"{label}.pdf")
    return "", 201


def _file_digest(where) -> str:
    digest = hashlib.sha256()
    with open(where, "rb") as fh:
        digest.update(fh.read())
    return digest.hexdigest()


@bp.get("/scans/digest")
def scan_digest():
    # (a helper that opens the path to hash it still reads the file the name points at)
    # ruleid: path-traversal-user-filename
    return _file_digest(os.path.join(SCAN_DIR, request.args["scan"]))


# A helper that looks a row up with a Flask-SQLAlchemy query, refuses a missing one and builds
# the path from the row's own field.
def _album_folder(slug: str) -> Path:
    album = Album.query.filter_by(slug=slug).first()
    if album is None:
        abort(404)
    return Path(current_app.config["ALBUM_ROOT"]) / album.storage_key


def _album_folder_unchecked(slug: str) -> Path:
    return Path(current_app.config["ALBUM_ROOT"]) / slug


@bp.post("/albums/<slug>/cover")
def upload_cover(slug: str):
    upload = request.files["cover"]
    folder = _album_folder(slug)
    # ok: path-traversal-user-filename
    upload.save(folder / "cover.jpg")
    return "", 201


@bp.post("/albums/<slug>/back")
def upload_back(slug: str):
    upload = request.files["back"]
    folder = _album_folder_unchecked(slug)
    # ruleid: path-traversal-user-filename
    upload.save(folder / "back.jpg")
    return "", 201


# A path tested by a helper named for saying whether it lies inside the root.
def _within(root: str, candidate: str) -> bool:
    return os.path.commonpath([root, candidate]) == root


def _present(candidate: str) -> bool:
    return os.path.isfile(candidate)


def remove_export(batch: str, filename: str) -> None:
    root = os.path.realpath(EXPORT_DIR)
    victim = os.path.realpath(os.path.join(root, batch, filename))
    if not _within(root, victim):
        raise ValueError("outside the export folder")
    # ok: path-traversal-user-filename
    os.remove(victim)


def remove_export_unchecked(batch: str, filename: str) -> None:
    root = os.path.realpath(EXPORT_DIR)
    victim = os.path.realpath(os.path.join(root, batch, filename))
    if not _present(victim):
        raise ValueError("no such export")
    # ruleid: path-traversal-user-filename
    os.remove(victim)
