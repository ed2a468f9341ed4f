"""Small internal web UI for berth planners: line-up, crane splits and window conflicts."""
import os
from datetime import date, timedelta

from flask import Flask, abort, render_template, request

from berthplan.service import BerthPlanService

SETTINGS = {
    "host": os.environ.get("BERTH_UI_HOST", "localhost"),
    "port": int(os.environ.get("BERTH_UI_PORT", "8050")),
    "debug": True,
}

app = Flask(__name__)
service = BerthPlanService.from_env()


@app.get("/")
def lineup():
    start = date.fromisoformat(request.args.get("from", date.today().isoformat()))
    calls = service.lineup(start, start + timedelta(days=7))
    return render_template("lineup.html", calls=calls, start=start)


@app.get("/berth/<berth_id>")
def berth_detail(berth_id: str):
    berth = service.berth(berth_id)
    if berth is None:
        abort(404)
    return render_template("berth.html", berth=berth, conflicts=service.conflicts(berth_id))


@app.get("/cranes/<call_id>")
def crane_split(call_id: str):
    split = service.crane_split(call_id)
    if split is None:
        abort(404)
    return render_template("crane_split.html", split=split)


if __name__ == "__main__":
    app.run(**SETTINGS)
