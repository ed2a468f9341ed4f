"""Download of assay reports for trade customers who buy certified leaf.

Customers buying 23.75 kt or 24 kt leaf for conservation work can download
the assay report for the melt their leaf came from.
"""
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from goldbeater.settings import ASSAY_REPORT_ROOT

bp = Blueprint("assay_reports", __name__, url_prefix="/portal/assay")


def report_location(melt_number: str, filename: str) -> str:
    melt_dir = os.path.join(ASSAY_REPORT_ROOT, melt_number.upper())
    return os.path.join(melt_dir, filename)


def customer_may_view(melt_number: str) -> bool:
    return any(order.melt_number == melt_number.upper() for order in current_user.certified_orders)


@bp.get("/<melt_number>/<path:filename>")
@login_required
def download_report(melt_number: str, filename: str):
    if not customer_may_view(melt_number):
        abort(403)
    path = report_location(melt_number, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)
