"""Let trade customers remove drawings they uploaded with a custom rope quote."""
import logging
import os

from flask import Blueprint, abort, g, jsonify

from cordmaker.auth import login_required
from cordmaker.settings import QUOTE_UPLOAD_ROOT

log = logging.getLogger(__name__)
bp = Blueprint("quote_uploads", __name__, url_prefix="/portal/quotes")


def account_upload_dir(account_code: str) -> str:
    return os.path.realpath(os.path.join(QUOTE_UPLOAD_ROOT, account_code))


def contained_path(base: str, name: str) -> str:
    candidate = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, candidate]) != base:
        raise ValueError("path escapes upload directory")
    return candidate


@bp.delete("/<quote_no>/files/<path:name>")
@login_required
def delete_upload(quote_no: str, name: str):
    base = account_upload_dir(g.account.code)
    try:
        target = contained_path(base, os.path.join(quote_no, name))
    except ValueError:
        abort(400)
    if not os.path.isfile(target):
        abort(404)
    os.remove(target)
    log.info("account %s removed %s from quote %s", g.account.code, name, quote_no)
    return jsonify(deleted=name)
