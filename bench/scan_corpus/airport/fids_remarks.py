"""Free-text remarks on gate and check-in displays.

Airline station staff can attach a short remark to a flight ("Boarding by
zones", "Gate closes 20 min before departure"). The remark is rendered into
the display page served to the gate screens.
"""
import os

from flask import Flask, abort, render_template, request
from markupsafe import Markup

from fids.store import FlightStore

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FIDS_SECRET_KEY"]
store = FlightStore.from_env()

SEVERITIES = {"info", "warning", "urgent"}


def format_remark(text: str, severity: str = "info") -> Markup:
    if severity not in SEVERITIES:
        severity = "info"
    return Markup(f'<span class="remark remark-{severity}">{text}</span>')


@app.post("/flights/<flight_id>/remark")
def set_remark(flight_id: str):
    flight = store.get(flight_id)
    if flight is None:
        abort(404)
    text = request.form.get("remark", "").strip()
    if len(text) > 120:
        abort(400, "remark too long")
    store.set_remark(flight_id, text, request.form.get("severity", "info"))
    return {"ok": True}


@app.get("/gate/<gate>")
def gate_display(gate: str):
    flight = store.current_for_gate(gate)
    if flight is None:
        return render_template("gate_idle.html", gate=gate)
    remark = format_remark(flight.remark, flight.remark_severity) if flight.remark else None
    return render_template("gate.html", gate=gate, flight=flight, remark=remark)
