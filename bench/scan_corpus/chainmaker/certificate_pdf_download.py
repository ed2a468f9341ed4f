"""Download endpoint for proof-load test certificate PDFs."""
import re

from flask import Blueprint, abort, current_app, request, send_from_directory

from chainmaker.auth import current_customer, login_required
from chainmaker.certs import certificate_belongs_to, latest_certificate_number

bp = Blueprint("cert_pdf", __name__, url_prefix="/certificates")

LANGUAGES = ("en", "de", "fr", "nl")
NUMBER_SHAPE = re.compile(r"^[A-Z0-9-]{6,24}$")


def _certificate_dir() -> str:
    return current_app.config["CERTIFICATE_PDF_DIR"]


def _pdf_name(number: str, language: str) -> str:
    return f"{language}/{number}.pdf"


@bp.get("/<number>.pdf")
@login_required
def download(number: str):
    language = request.args.get("lang", "en")
    if language not in LANGUAGES:
        language = "en"
    if not NUMBER_SHAPE.match(number):
        abort(404)
    if not certificate_belongs_to(number, current_customer()):
        abort(404)
    return send_from_directory(
        _certificate_dir(),
        _pdf_name(number, language),
        mimetype="application/pdf",
        as_attachment=request.args.get("inline") != "1",
    )


@bp.get("/latest/<product_code>")
@login_required
def latest_for_product(product_code: str):
    number = latest_certificate_number(product_code, current_customer())
    if number is None:
        abort(404)
    return send_from_directory(_certificate_dir(), _pdf_name(number, "en"), mimetype="application/pdf")
