"""Let trade customers re-download the CAD flat patterns attached to their quotes."""
import os

from flask import Blueprint, abort, current_app, g, request, send_file

from tinsmith.auth import customer_required
from tinsmith.models import Quote

bp = Blueprint("patterns", __name__, url_prefix="/portal/patterns")

ALLOWED_PREVIEW = {".dxf", ".dwg", ".step", ".pdf"}


def pattern_root() -> str:
    return current_app.config.get("PATTERN_STORE", "/srv/tinsmith/patterns")


def _quote_folder(quote: Quote) -> str:
    return os.path.join(pattern_root(), f"{quote.account_id}", quote.quote_no)


@bp.get("/<quote_no>")
@customer_required
def list_patterns(quote_no: str):
    quote = Quote.query.filter_by(quote_no=quote_no, account_id=g.account.id).first_or_404()
    folder = _quote_folder(quote)
    files = sorted(f for f in os.listdir(folder) if os.path.splitext(f)[1].lower() in ALLOWED_PREVIEW)
    return {"quote_no": quote.quote_no, "files": files}


@bp.get("/<quote_no>/download")
@customer_required
def download_pattern(quote_no: str):
    quote = Quote.query.filter_by(quote_no=quote_no, account_id=g.account.id).first_or_404()
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    full_path = os.path.join(_quote_folder(quote), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(full_path))
