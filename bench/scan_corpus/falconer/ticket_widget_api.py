"""JSON API behind the embeddable ticket widget.

Local tourism sites and partner attractions embed a small widget that shows
today's availability and lets signed-in visitors hold tickets in their basket.
"""
from flask import Flask, jsonify, request, session

from falconer.config import settings
from falconer.tickets.availability import slots_for_day
from falconer.tickets.basket import add_to_basket, basket_for

app = Flask(__name__)
app.config.update(
    SECRET_KEY=settings.FLASK_SECRET_KEY,
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)

CORS_METHODS = "GET, POST, OPTIONS"
CORS_HEADERS = "Content-Type, X-Requested-With"


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
        response.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
        response.headers["Vary"] = "Origin"
    return response


@app.get("/widget/availability/<day>")
def availability(day: str):
    return jsonify([slot.to_dict() for slot in slots_for_day(day)])


@app.post("/widget/basket")
def hold_tickets():
    if "visitor_id" not in session:
        return jsonify({"error": "sign in to hold tickets"}), 401
    payload = request.get_json(force=True)
    item = add_to_basket(session["visitor_id"], payload["slot_id"], int(payload.get("quantity", 1)))
    return jsonify(item.to_dict()), 201


@app.get("/widget/basket")
def view_basket():
    if "visitor_id" not in session:
        return jsonify({"items": []})
    return jsonify({"items": [i.to_dict() for i in basket_for(session["visitor_id"])]})
