"""Internal dashboard showing live vehicle positions and late deliveries per depot."""
import os
from datetime import datetime, timedelta, timezone

from flask import Flask, abort, jsonify, render_template

from .positions import latest_positions
from .shipments import late_shipments
from .depots import get_depot, list_depots

app = Flask(__name__)
app.config["JSON_SORT_KEYS"] = False


@app.get("/")
def index():
    return render_template("dashboard/index.html", depots=list_depots())


@app.get("/depots/<int:depot_id>")
def depot(depot_id: int):
    depot = get_depot(depot_id)
    if depot is None:
        abort(404)
    since = datetime.now(timezone.utc) - timedelta(hours=4)
    return render_template(
        "dashboard/depot.html",
        depot=depot,
        late=late_shipments(depot_id, since=since),
    )


@app.get("/api/depots/<int:depot_id>/positions")
def positions(depot_id: int):
    return jsonify(
        [
            {"vehicle": p.vehicle_reg, "lat": p.lat, "lon": p.lon, "speed_kmh": p.speed_kmh, "at": p.recorded_at.isoformat()}
            for p in latest_positions(depot_id)
        ]
    )


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("DASHBOARD_PORT", "5050")), debug=True)
