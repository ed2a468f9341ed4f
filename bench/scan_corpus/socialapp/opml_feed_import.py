"""Imports followed-accounts lists exported as OPML from other networks."""

from dataclasses import dataclass

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from follows.service import follow_external_handles

bp = Blueprint("opml_import", __name__)

MAX_OPML_BYTES = 2 * 1024 * 1024
MAX_OUTLINES = 5000


@dataclass
class Outline:
    title: str
    handle: str
    url: str


def parse_opml(data: bytes) -> list[Outline]:
    root = SafeET.fromstring(data, forbid_dtd=True)
    if root.tag != "opml":
        raise ValueError("not an OPML document")
    outlines = []
    for node in root.iter("outline"):
        url = node.get("htmlUrl") or node.get("xmlUrl") or ""
        handle = node.get("handle") or node.get("text") or ""
        if url or handle:
            outlines.append(Outline(node.get("title", handle), handle.strip(), url.strip()))
        if len(outlines) >= MAX_OUTLINES:
            break
    return outlines


@bp.post("/import/opml")
@login_required
def import_opml():
    upload = request.files.get("file")
    if upload is None:
        return jsonify(error="no file"), 400
    data = upload.stream.read(MAX_OPML_BYTES + 1)
    if len(data) > MAX_OPML_BYTES:
        return jsonify(error="file too large"), 413
    try:
        outlines = parse_opml(data)
    except (SafeET.ParseError, DefusedXmlException, ValueError):
        return jsonify(error="could not read OPML file"), 400
    followed = follow_external_handles(current_user.id, [(o.handle, o.url) for o in outlines])
    return jsonify(found=len(outlines), followed=followed)
