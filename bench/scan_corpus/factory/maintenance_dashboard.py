"""Maintenance planning dashboard served on the plant intranet."""
import os
from datetime import date, timedelta

from flask import Flask, render_template

from .scheduling import load_planned_tasks, technician_roster

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["DASHBOARD_SECRET_KEY"]

RUN_OPTS = {
    "host": os.environ.get("DASHBOARD_BIND", "127.0.0.1"),
    "port": int(os.environ.get("DASHBOARD_PORT", "8050")),
    "debug": True,
    "use_reloader": False,
}


@app.get("/")
def week_view():
    start = date.today()
    tasks = load_planned_tasks(start, start + timedelta(days=7))
    return render_template("week.html", tasks=tasks, roster=technician_roster())


@app.get("/asset/<asset_tag>")
def asset_view(asset_tag: str):
    tasks = [t for t in load_planned_tasks(date.today(), date.today() + timedelta(days=90)) if t.asset_tag == asset_tag]
    return render_template("asset.html", asset_tag=asset_tag, tasks=tasks)


if __name__ == "__main__":
    app.run(**RUN_OPTS)
