import json
import os
from pathlib import Path

import aiofiles
from fastapi import APIRouter, File, HTTPException, UploadFile
from flask import Blueprint, abort, request, send_file

from shop.models import Gallery

bp = Blueprint("media", __name__)
router = APIRouter()

SPOOL_ROOT = "/srv/spool"
PHOTO_ROOT = os.path.realpath("/srv/photos")
PREVIEW_ROOT = os.path.realpath("/srv/previews")
ALLOWED = {".png", ".jpg"}


# --- an entry of a queued message kept in a local, handed to a helper that joins it -------------


def spool_path(account_id: int, filename: str) -> str:
    return os.path.join(SPOOL_ROOT, str(account_id), filename)


def on_discard(message: dict) -> None:
    account_id = int(message["account_id"])
    name = message["file"]
    target = spool_path(account_id, name)
    if os.path.exists(target):
        # ruleid: path-traversal-user-filename
        os.remove(target)


def on_discard_numbered(message: dict) -> None:
    account_id = int(message["account_id"])
    name = message["account_id"]
    target = spool_path(account_id, f"{int(name):06d}.bin")
    if os.path.exists(target):
        # ok: path-traversal-user-filename
        os.remove(target)


# --- a store method hands its path helper's result straight to aiofiles, in an async with -------


class ModelStore:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def locate(self, owner_id: int, model_name: str) -> Path:
        # ruleid: path-traversal-user-filename
        return self.root / f"owner-{owner_id}" / model_name

    def locate_numbered(self, owner_id: int, index: int) -> Path:
        return self.root / f"owner-{owner_id}" / f"{index:04d}.bin"

    async def read(self, owner_id: int, model_name: str) -> bytes:
        async with aiofiles.open(self.locate(owner_id, model_name), "rb") as fh:
            return await fh.read()

    async def read_numbered(self, owner_id: int, index: int) -> bytes:
        # ok: path-traversal-user-filename
        async with aiofiles.open(self.locate_numbered(owner_id, index), "rb") as fh:
            return await fh.read()


store = ModelStore("/srv/models")


@router.get("/models/{owner_id}/{model_name}")
async def fetch_model(owner_id: int, model_name: str):
    if Path(model_name).suffix not in ALLOWED:
        raise HTTPException(415)
    return await store.read(owner_id, model_name)


# --- uploads taken as a list: the list is no name, the file names are the .filename source -----


@router.post("/batches")
async def upload_batch(manifest: UploadFile = File(...), parts: list[UploadFile] = File(...)):
    listed = json.loads(await manifest.read())
    batch_id = int(listed["batch_id"])
    for index, part in enumerate(parts):
        target = Path(SPOOL_ROOT) / f"{batch_id:08d}-{index:03d}.bin"
        # ok: path-traversal-user-filename
        target.write_bytes(await part.read())
    return {"stored": len(parts)}


@router.post("/batches/named")
async def upload_named_batch(parts: list[UploadFile] = File(...)):
    for part in parts:
        target = Path(SPOOL_ROOT) / part.filename
        # ruleid: path-traversal-user-filename
        target.write_bytes(await part.read())
    return {"stored": len(parts)}


# --- a record a helper looked up with a SQLAlchemy model query and refused when missing ---------


def _gallery_or_404(slug: str) -> Gallery:
    gallery = Gallery.query.filter_by(slug=slug, published=True).first()
    if gallery is None:
        abort(404)
    return gallery


def _gallery_or_default(slug: str):
    gallery = Gallery.query.filter_by(slug=slug).first()
    return gallery or slug


@bp.get("/gallery/<slug>")
def show_gallery(slug: str):
    gallery = _gallery_or_404(slug)
    folder = os.path.join(PHOTO_ROOT, str(gallery.id))
    # ok: path-traversal-user-filename
    return {"photos": sorted(os.listdir(folder))}


@bp.get("/gallery-any/<slug>")
def show_any_gallery(slug: str):
    gallery = _gallery_or_default(slug)
    folder = os.path.join(PHOTO_ROOT, str(gallery))
    # ruleid: path-traversal-user-filename
    return {"photos": sorted(os.listdir(folder))}


# --- a helper that returns what a containment-checked helper of the module built ----------------


def within(base: str, candidate: str) -> bool:
    return os.path.commonpath([base, candidate]) == base


def original_path(photo: str) -> str:
    path = os.path.realpath(os.path.join(PHOTO_ROOT, photo))
    if not within(PHOTO_ROOT, path):
        abort(404)
    return path


def preview_path(photo: str) -> str:
    stem, _ = os.path.splitext(photo)
    return os.path.join(PREVIEW_ROOT, stem + ".jpg")


def ensure_preview(photo: str) -> str:
    src = original_path(photo)
    if not os.path.isfile(src):
        abort(404)
    return src


def ensure_unchecked_preview(photo: str) -> str:
    dst = preview_path(photo)
    return dst


@bp.get("/preview")
def preview():
    photo = request.args.get("photo", "")
    # ok: path-traversal-user-filename
    return send_file(ensure_preview(photo), mimetype="image/jpeg")


@bp.get("/preview-unchecked")
def preview_unchecked():
    photo = request.args.get("photo", "")
    # ruleid: path-traversal-user-filename
    return send_file(ensure_unchecked_preview(photo), mimetype="image/jpeg")


def archived_path(photo: str) -> str:
    path = os.path.realpath(os.path.join(PHOTO_ROOT, "archive", photo))
    if os.path.commonpath([PHOTO_ROOT, path]) != PHOTO_ROOT:
        abort(404)
    return path


def ensure_archived(photo: str) -> str:
    archived = archived_path(photo)
    if not os.path.isfile(archived):
        abort(404)
    return archived


@bp.get("/archived")
def archived():
    photo = request.args.get("photo", "")
    # ok: path-traversal-user-filename
    return send_file(ensure_archived(photo), mimetype="image/jpeg")
