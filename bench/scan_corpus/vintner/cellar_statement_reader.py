"""Monthly storage statements for cellar storage account holders.

Statements are generated as PDFs by the billing run and written to a folder
per account; the portal streams them back to the logged-in customer.
"""

import os

from flask import Blueprint, Response, abort, request
from flask_login import current_user, login_required

from vintner.config import settings

bp = Blueprint("cellar_statements", __name__)


class StatementArchive:
    def __init__(self, base_dir: str = settings.STATEMENT_DIR):
        self.base_dir = base_dir

    def folder_for(self, account_ref: str) -> str:
        return os.path.join(self.base_dir, account_ref)

    def periods(self, account_ref: str) -> list:
        folder = self.folder_for(account_ref)
        if not os.path.isdir(folder):
            return []
        return sorted(name[:-4] for name in os.listdir(folder) if name.endswith(".pdf"))

    def read(self, account_ref: str, period: str) -> bytes:
        with open(os.path.join(self.folder_for(account_ref), f"{period}.pdf"), "rb") as handle:
            return handle.read()


archive = StatementArchive()


@bp.get("/cellar/statements")
@login_required
def statement_index():
    return {"periods": archive.periods(current_user.cellar_account_ref)}


@bp.get("/cellar/statements/download")
@login_required
def statement_download():
    period = request.args.get("period", "")
    if not period:
        abort(400)
    try:
        data = archive.read(current_user.cellar_account_ref, period)
    except FileNotFoundError:
        abort(404)
    return Response(
        data,
        mimetype="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="statement-{period}.pdf"'},
    )
