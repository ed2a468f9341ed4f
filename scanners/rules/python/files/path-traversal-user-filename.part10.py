import json
import os
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, send_file
from reportlab.pdfgen import canvas

bp = Blueprint("statements", __name__)
ISSUED = Path("/srv/guarantees/issued")
QUOTE_PDF_DIR = "/srv/quotes"
ARCHIVE_ROOT = "/mnt/archive/drawings"
EXPORT_DIR = Path("/srv/exports")
STATEMENT_DIR = Path("/srv/statements")
CACHE_DIR = Path("/srv/cache")
ALLOWED_WIDTHS = (240, 480)


def withdraw(msg: dict) -> None:
    target = ISSUED / msg["document"]
    if target.exists():
        # ruleid: path-traversal-user-filename
        target.unlink()


def withdraw_config_document(config: dict) -> None:
    target = ISSUED / config["document"]
    # ok: path-traversal-user-filename
    target.unlink()


def remove_quote_pdf(payload: dict) -> bool:
    pdf_name = payload.get("pdf")
    target = os.path.join(QUOTE_PDF_DIR, pdf_name)
    # ruleid: path-traversal-user-filename
    os.remove(target)
    return True


def remove_superseded(payload: dict) -> list:
    removed = []
    for rel_path in payload.get("files", []):
        full = os.path.join(ARCHIVE_ROOT, rel_path)
        # ruleid: path-traversal-user-filename
        os.remove(full)
        removed.append(rel_path)
    return removed


def remove_defaults(settings: dict) -> None:
    for rel_path in settings.get("files", []):
        # ok: path-traversal-user-filename
        os.remove(os.path.join(ARCHIVE_ROOT, rel_path))


def on_message(body: bytes) -> None:
    payload = json.loads(body)
    remove_superseded(payload)


@dataclass
class CardRequest:
    designer_id: int
    file_name: str


def render_card(req: CardRequest) -> Path:
    target = EXPORT_DIR / str(req.designer_id) / req.file_name
    # ruleid: path-traversal-user-filename
    pdf = canvas.Canvas(str(target))
    pdf.save()
    return target


def render_named_card(req: CardRequest) -> Path:
    target = EXPORT_DIR / f"{req.designer_id}.pdf"
    # ok: path-traversal-user-filename
    pdf = canvas.Canvas(str(target))
    pdf.save()
    return target


@bp.get("/statements/<int:artist_id>/<period>")
def statement(artist_id: int, period: str):
    if len(period) != 7 or not period.replace("-", "").isdigit():
        abort(404)
    pdf = STATEMENT_DIR / str(artist_id) / f"statement-{period}.pdf"
    # ok: path-traversal-user-filename
    return send_file(pdf, mimetype="application/pdf")


@bp.get("/drafts/<int:artist_id>/<period>")
def draft(artist_id: int, period: str):
    pdf = STATEMENT_DIR / str(artist_id) / f"draft-{period}.pdf"
    # ruleid: path-traversal-user-filename
    return send_file(pdf, mimetype="application/pdf")


@bp.get("/img/<sku>/<int:width>.jpg")
def product_image(sku: str, width: int):
    if width not in ALLOWED_WIDTHS or not sku.isalnum():
        abort(404)
    cached = CACHE_DIR / f"{sku}-{width}.jpg"
    # ok: path-traversal-user-filename
    return send_file(cached)


@bp.get("/thumb/<sku>/<int:width>.jpg")
def product_thumb(sku: str, width: int):
    if width not in ALLOWED_WIDTHS or not sku:
        abort(404)
    cached = CACHE_DIR / f"{sku}-{width}.jpg"
    # ruleid: path-traversal-user-filename
    return send_file(cached)


@bp.get("/ledgers/<int:artist_id>/<period>")
def ledger(artist_id: int, period: str):
    if not period.replace("-", "").isdigit():
        return "unknown period", 404
    pdf = STATEMENT_DIR / str(artist_id) / f"ledger-{period}.pdf"
    # ok: path-traversal-user-filename
    return send_file(pdf, mimetype="application/pdf")


@bp.get("/receipts/<int:artist_id>/<period>")
def receipt(artist_id: int, period: str):
    if not period.replace("/", "-"):
        return "unknown period", 404
    pdf = STATEMENT_DIR / str(artist_id) / f"receipt-{period}.pdf"
    # ruleid: path-traversal-user-filename
    return send_file(pdf, mimetype="application/pdf")
