"""HTTP API consumed by the courier mobile app and the courier web dashboard."""
import os

from flask import Flask, g, jsonify, request

from .couriers import active_shift_for, courier_from_session, open_jobs_near

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["COURIER_API_SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_HTTPONLY"] = True


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Requested-With"
        response.headers["Vary"] = "Origin"
    return response


@app.before_request
def load_courier():
    g.courier = courier_from_session()


@app.get("/v1/shift")
def current_shift():
    if g.courier is None:
        return jsonify(error="unauthenticated"), 401
    shift = active_shift_for(g.courier.id)
    return jsonify(shift=shift.to_dict() if shift else None)


@app.get("/v1/jobs/nearby")
def nearby_jobs():
    if g.courier is None:
        return jsonify(error="unauthenticated"), 401
    lat = float(request.args["lat"])
    lng = float(request.args["lng"])
    jobs = open_jobs_near(lat, lng, radius_m=3000)
    return jsonify(jobs=[j.to_dict() for j in jobs])
