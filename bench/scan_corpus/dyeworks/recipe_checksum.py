"""Deduplicate imported dye recipe files and serve them with ETags.

Recipe sheets arrive from the colour lab as CSV exports; the same recipe is
often exported several times. We fingerprint the normalised contents so a
re-import of an identical sheet is skipped.
"""
import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from flask import Response, request


@dataclass
class RecipeSheet:
    recipe_code: str
    substrate: str
    lines: list


def normalise(raw: bytes) -> bytes:
    text = raw.decode("utf-8-sig").replace("\r\n", "\n").strip()
    rows = [",".join(cell.strip() for cell in row) for row in csv.reader(io.StringIO(text))]
    return "\n".join(rows).encode()


def fingerprint(raw: bytes) -> str:
    return hashlib.sha256(normalise(raw)).hexdigest()


def import_sheets(paths: Iterable[Path], seen: set) -> list:
    imported = []
    for path in paths:
        raw = path.read_bytes()
        fp = fingerprint(raw)
        if fp in seen:
            continue
        seen.add(fp)
        reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
        rows = list(reader)
        if not rows:
            continue
        imported.append(RecipeSheet(rows[0]["recipe_code"], rows[0]["substrate"], rows))
    return imported


def recipe_response(sheet_bytes: bytes) -> Response:
    etag = hashlib.md5(sheet_bytes, usedforsecurity=False).hexdigest()
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304)
    resp = Response(sheet_bytes, mimetype="text/csv")
    resp.set_etag(etag)
    return resp
