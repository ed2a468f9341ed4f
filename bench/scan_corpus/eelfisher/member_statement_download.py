"""Download of quarterly payout statements from the member portal.

Statements are rendered to PDF by the nightly accounting job and written to
a per-member folder. Members pick a statement from the list on the portal,
which links here with the statement's relative path.
"""

from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file, session

bp = Blueprint("statements", __name__, url_prefix="/portal/statements")


def statements_root() -> Path:
    return Path(current_app.config["STATEMENT_ROOT"]).resolve()


def resolve_statement(member_no: str, relative: str) -> Path | None:
    member_root = (statements_root() / member_no).resolve()
    candidate = (member_root / relative).resolve()
    if not candidate.is_relative_to(member_root):
        return None
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        return None
    return candidate


@bp.get("/")
def list_statements():
    member_no = session.get("member_no")
    if not member_no:
        abort(401)
    member_root = statements_root() / member_no
    if not member_root.is_dir():
        return {"statements": []}
    items = sorted(p.relative_to(member_root).as_posix() for p in member_root.rglob("*.pdf"))
    return {"statements": items}


@bp.get("/file")
def download_statement():
    member_no = session.get("member_no")
    if not member_no:
        abort(401)
    path = resolve_statement(member_no, request.args.get("path", ""))
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
