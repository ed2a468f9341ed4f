"""Self-care portal: PDF bill downloads for the logged-in account."""
import os
import re
from pathlib import Path

from flask import Blueprint, abort, g, send_file

from .auth import login_required

bp = Blueprint("bills", __name__, url_prefix="/account/bills")

BILL_ROOT = Path(os.environ.get("BILL_ROOT", "/srv/billing/bills")).resolve()
_BILL_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}\.pdf$")


def _account_dir() -> Path:
    return BILL_ROOT / g.subscriber.account_id


@bp.get("/")
@login_required
def list_bills():
    directory = _account_dir()
    if not directory.is_dir():
        return {"bills": []}
    return {"bills": sorted(p.name for p in directory.glob("*.pdf"))}


@bp.get("/<filename>")
@login_required
def download_bill(filename: str):
    if not _BILL_NAME.fullmatch(filename):
        abort(404)
    account_dir = _account_dir().resolve()
    path = (account_dir / filename).resolve()
    if not path.is_relative_to(account_dir) or not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=filename)
