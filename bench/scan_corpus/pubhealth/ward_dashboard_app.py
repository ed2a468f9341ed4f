"""Ward occupancy dashboard shown on the nursing station screens."""
import os

from flask import Flask, jsonify, render_template

from .occupancy import current_occupancy

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["DASHBOARD_SECRET_KEY"]
PORT = int(os.environ.get("DASHBOARD_PORT", "8050"))


@app.get("/")
def board():
    return render_template("board.html", wards=current_occupancy())


@app.get("/api/occupancy")
def occupancy():
    return jsonify(current_occupancy())


@app.get("/healthz")
def healthz():
    return {"ok": True}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=PORT, debug=True)
