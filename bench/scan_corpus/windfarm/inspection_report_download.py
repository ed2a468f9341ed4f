"""Serves generated blade-inspection PDF reports to asset managers."""

from __future__ import annotations

import os

from flask import Flask, abort, jsonify, send_file
from flask_login import LoginManager, login_required

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["REPORTS_SESSION_KEY"]
app.config["REPORT_ROOT"] = os.environ.get("REPORT_ROOT", "/srv/inspection-reports")
login_manager = LoginManager(app)


class ReportLocator:
    """Maps campaign and report names to files on the report volume."""

    def __init__(self, root: str) -> None:
        self.root = root

    def campaign_dir(self, campaign: str) -> str:
        return os.path.join(self.root, campaign)

    def campaigns(self) -> list[str]:
        return sorted(d for d in os.listdir(self.root) if os.path.isdir(self.campaign_dir(d)))

    def report_path(self, campaign: str, report: str) -> str:
        return os.path.join(self.campaign_dir(campaign), report)


def _locator() -> ReportLocator:
    return ReportLocator(app.config["REPORT_ROOT"])


@app.get("/reports/")
@login_required
def list_campaigns():
    return jsonify(campaigns=_locator().campaigns())


@app.get("/reports/<campaign>/<path:report>")
@login_required
def download(campaign: str, report: str):
    path = _locator().report_path(campaign, report)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name=os.path.basename(path))
