"""Public authenticity check for certified copies.

Every certified copy carries a reference number and a SHA-256 checksum
of the issued PDF in its footer. Third parties (banks, registries) can
upload the PDF they received to confirm it matches what the office
issued.
"""
import hashlib
from dataclasses import dataclass

from flask import Blueprint, render_template, request

bp = Blueprint("verify", __name__, url_prefix="/verify")

MAX_UPLOAD = 25 * 1024 * 1024


@dataclass(frozen=True)
class IssuedCopy:
    reference: str
    sha256: str
    issued_on: str
    document_title: str
    revoked: bool


def lookup_issued(db, reference: str) -> IssuedCopy | None:
    row = db.execute(
        "SELECT reference, sha256, issued_on, document_title, revoked "
        "FROM issued_copies WHERE reference = ?",
        (reference.strip().upper(),),
    ).fetchone()
    return IssuedCopy(*row) if row else None


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verdict(issued: IssuedCopy | None, uploaded: bytes) -> str:
    if issued is None:
        return "unknown-reference"
    if issued.revoked:
        return "revoked"
    if checksum(uploaded) == issued.sha256:
        return "match"
    return "mismatch"


@bp.route("/", methods=["GET", "POST"])
def verify_copy():
    if request.method == "GET":
        return render_template("verify/form.html")
    upload = request.files.get("document")
    reference = request.form.get("reference", "")
    if upload is None or not reference:
        return render_template("verify/form.html", error="Reference and PDF are required"), 400
    data = upload.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        return render_template("verify/form.html", error="File too large"), 413
    from .db import get_db

    issued = lookup_issued(get_db(), reference)
    return render_template("verify/result.html", result=verdict(issued, data), copy=issued)
