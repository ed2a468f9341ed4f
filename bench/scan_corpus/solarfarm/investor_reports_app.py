"""Investor reports service.

Serves quarterly performance PDFs and KPI JSON to the investor web app,
which is hosted on a separate domain and calls this API with the user's
session cookie.
"""

import os
from pathlib import Path

from flask import Flask, abort, jsonify, send_file
from flask_cors import CORS
from flask_login import LoginManager, current_user, login_required

from investors.models import User, fund_kpis, report_path_for

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["INVESTOR_APP_SECRET"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)

CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

login_manager = LoginManager(app)


@login_manager.user_loader
def load_user(user_id: str):
    return User.get(user_id)


@app.get("/api/funds/<fund_id>/kpis")
@login_required
def kpis(fund_id: str):
    if fund_id not in current_user.fund_ids:
        abort(403)
    return jsonify(fund_kpis(fund_id))


@app.get("/api/funds/<fund_id>/reports/<int:year>/q<int:quarter>")
@login_required
def quarterly_report(fund_id: str, year: int, quarter: int):
    if fund_id not in current_user.fund_ids or quarter not in (1, 2, 3, 4):
        abort(403)
    path: Path | None = report_path_for(fund_id, year, quarter)
    if path is None:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name=f"{fund_id}-{year}-Q{quarter}.pdf")
