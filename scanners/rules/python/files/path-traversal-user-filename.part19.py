import json
import os
import re
import shutil
from pathlib import Path

import aiofiles
from aiohttp import web
from celery import shared_task
from fastapi import APIRouter, Query
from flask import Blueprint, abort, g, request

router = APIRouter()
bp = Blueprint("reports", __name__)

THEME_ROOT = Path("/srv/themes")
SHEET_ROOT = "/srv/sheets"
OUTBOX = "/srv/outbox"
LEDGER_ROOT = "/srv/ledgers"
KNOWN_REGIONS = {"north", "south"}
SHEET_NAME = re.compile(r"^[a-z0-9-]+\.pdf$")


# A parameter joined onto a directory with its suffix added in an f-string.
def load_theme(name: str) -> dict:
    # ruleid: path-traversal-user-filename
    return json.loads((THEME_ROOT / f"{name}.json").read_text())


def load_theme_joined(name: str) -> dict:
    # ruleid: path-traversal-user-filename
    with open(os.path.join(SHEET_ROOT, f"{name}.json")) as fh:
        return json.load(fh)


def backup_of(path: str) -> None:
    # (a sibling of a full path, not a name joined onto a directory)
    # ok: path-traversal-user-filename
    os.remove(f"{path}.bak")


@router.get("/themes")
def get_theme(name: str = Query(default="light")):
    return load_theme(name)


# A function of the module handed a value of the request under its parameter's own name.
def sheet_location(region: str, sheet: str) -> str:
    return f"{SHEET_ROOT}/{region}/{sheet}"


async def read_sheet(region: str, sheet: str) -> bytes:
    path = sheet_location(region, sheet)
    # ruleid: path-traversal-user-filename
    async with aiofiles.open(path, "rb") as fh:
        return await fh.read()


async def get_sheet(request: web.Request) -> web.Response:
    region = request.match_info["region"]
    if region not in KNOWN_REGIONS:
        raise web.HTTPNotFound()
    sheet = request.query.get("sheet", "")
    if not sheet.endswith(".pdf"):
        raise web.HTTPBadRequest()
    return web.Response(body=await read_sheet(region, sheet))


async def read_checked_sheet(region: str, checked: str) -> bytes:
    path = sheet_location(region, checked)
    # ok: path-traversal-user-filename
    async with aiofiles.open(path, "rb") as fh:
        return await fh.read()


async def get_checked_sheet(request: web.Request) -> web.Response:
    checked = request.query.get("sheet", "")
    if not SHEET_NAME.fullmatch(checked):
        raise web.HTTPBadRequest()
    return web.Response(body=await read_checked_sheet("north", checked))


# The parameter of a Celery task that carries a partner's acknowledgement.
@shared_task
def batch_acknowledged(ack: dict) -> None:
    folder = os.path.join(OUTBOX, ack["partner_code"], ack["batch"])
    # ruleid: path-traversal-user-filename
    shutil.rmtree(folder)


@shared_task
def batch_expired(partner_code: str, batch: str) -> None:
    folder = os.path.join(OUTBOX, partner_code.lower())
    # ok: path-traversal-user-filename
    shutil.rmtree(folder)


@shared_task
def purge_partner(partner_id: int) -> None:
    for entry in os.listdir(OUTBOX):
        # ok: path-traversal-user-filename
        os.remove(os.path.join(OUTBOX, entry))


# A helper that returns the row get_or_404 gave it: its fields are the database's.
class Ledger:
    query = None


def _ledger_for_team(ledger_id):
    ledger = Ledger.query.get_or_404(ledger_id)
    if ledger.team != g.team:
        abort(404)
    return ledger


def _ledger_dir(ledger) -> str:
    return os.path.join(LEDGER_ROOT, str(ledger.id))


@bp.get("/<int:ledger_id>")
def ledger_files(ledger_id):
    directory = _ledger_dir(_ledger_for_team(ledger_id))
    # ok: path-traversal-user-filename
    return {"files": os.listdir(directory)}


def _ledger_row(ledger_id):
    return {"id": ledger_id}


@bp.get("/raw/<ledger_id>")
def raw_ledger_files(ledger_id):
    directory = _ledger_dir(_ledger_row(ledger_id))
    # ruleid: path-traversal-user-filename
    return {"files": os.listdir(directory)}


# A helper that refuses its one argument unless it is of letters and digits only.
def _season_dir(season: str) -> str:
    if not season.isalnum():
        abort(404)
    return os.path.join(LEDGER_ROOT, season.upper())


def _season_dir_unchecked(season: str) -> str:
    return os.path.join(LEDGER_ROOT, season.upper())


@bp.get("/seasons/<season>")
def season_files(season: str):
    # ok: path-traversal-user-filename
    return {"files": os.listdir(_season_dir(season))}


@bp.get("/loose/<season>")
def loose_season_files(season: str):
    # ruleid: path-traversal-user-filename
    return {"files": os.listdir(_season_dir_unchecked(season))}
