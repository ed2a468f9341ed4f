"""Self-service kiosk front end (checkout, renewals, receipts)."""
import os

from flask import Flask, jsonify, render_template, request

from .circulation import CirculationError, checkout_item, renew_all
from .kiosk_auth import kiosk_session_required

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["KIOSK_SECRET_KEY"]
app.config["KIOSK_BRANCH"] = os.environ.get("KIOSK_BRANCH", "CENTRAL")


@app.get("/")
def home():
    return render_template("kiosk/home.html", branch=app.config["KIOSK_BRANCH"])


@app.post("/api/checkout")
@kiosk_session_required
def checkout():
    barcode = (request.get_json(silent=True) or {}).get("item_barcode", "")
    try:
        loan = checkout_item(barcode, branch=app.config["KIOSK_BRANCH"])
    except CirculationError as exc:
        return jsonify(ok=False, message=str(exc)), 409
    return jsonify(ok=True, title=loan.title, due=loan.due_date.isoformat())


@app.post("/api/renew-all")
@kiosk_session_required
def renew():
    results = renew_all()
    return jsonify(renewed=[r.title for r in results if r.ok],
                   failed=[r.title for r in results if not r.ok])


if __name__ == "__main__":
    app.run(port=int(os.environ.get("KIOSK_PORT", "5000")), debug=True)
