"""Self-care portal: download of itemised usage statements (CSV)."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("statements", __name__, url_prefix="/account/statements")


class StatementStore:
    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def account_dir(self, account_id: int) -> Path:
        return self.root / str(int(account_id))

    def resolve(self, account_id: int, name: str) -> Path | None:
        base = self.account_dir(account_id).resolve()
        candidate = (base / name).resolve()
        if not candidate.is_relative_to(base) or candidate.suffix != ".csv":
            return None
        return candidate if candidate.is_file() else None


def _store() -> StatementStore:
    return StatementStore(current_app.config["STATEMENT_ROOT"])


@bp.get("/download")
@login_required
def download_statement():
    name = request.args.get("file", "")
    path = _store().resolve(current_user.account_id, name)
    if path is None:
        abort(404)
    return send_file(path, mimetype="text/csv", as_attachment=True, download_name=path.name)
