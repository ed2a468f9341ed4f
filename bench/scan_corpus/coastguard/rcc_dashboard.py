"""Operations dashboard for the rescue coordination centre watch floor.

Shows open incidents, assets on task and the last AIS fix of vessels of
interest. Polls the dispatch service every few seconds from the browser.
"""
import os
from datetime import datetime, timezone

from flask import Flask, jsonify, render_template

from .dispatch_client import DispatchClient

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["DASHBOARD_SECRET_KEY"]
app.config["DISPATCH_URL"] = os.environ.get("DISPATCH_URL", "https://dispatch.rcc.internal")

dispatch = DispatchClient(app.config["DISPATCH_URL"])


@app.template_filter("age")
def age_filter(ts: datetime) -> str:
    minutes = int((datetime.now(timezone.utc) - ts).total_seconds() // 60)
    return f"{minutes} min" if minutes < 120 else f"{minutes // 60} h"


@app.get("/")
def board():
    return render_template(
        "board.html",
        incidents=dispatch.open_incidents(),
        assets=dispatch.assets_on_task(),
    )


@app.get("/api/incidents")
def incidents_json():
    return jsonify([i.to_dict() for i in dispatch.open_incidents()])


@app.get("/healthz")
def healthz():
    return {"status": "ok", "dispatch": dispatch.ping()}


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8080"))
    app.run(host="0.0.0.0", port=port, debug=True)
