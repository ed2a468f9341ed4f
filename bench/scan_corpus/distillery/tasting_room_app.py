"""Tasting-room booking app.

Serves the booking calendar used by front-of-house staff on the tasting-room
tablets, plus the small JSON API the public website calls for availability.
"""
import os
from datetime import date

from flask import Flask, jsonify, render_template, request

from .bookings import availability_for, create_booking

SERVER_OPTIONS = {
    "host": os.environ.get("TASTING_ROOM_HOST", "127.0.0.1"),
    "port": int(os.environ.get("TASTING_ROOM_PORT", "8080")),
    "debug": True,
}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["TASTING_ROOM_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SQLALCHEMY_DATABASE_URI=os.environ["TASTING_ROOM_DB_URL"],
    )

    @app.get("/")
    def calendar():
        day = date.fromisoformat(request.args.get("day", date.today().isoformat()))
        return render_template("calendar.html", day=day, slots=availability_for(day))

    @app.get("/api/availability")
    def availability():
        day = date.fromisoformat(request.args["day"])
        return jsonify([s.as_dict() for s in availability_for(day)])

    @app.post("/api/bookings")
    def book():
        payload = request.get_json(force=True)
        booking = create_booking(
            day=date.fromisoformat(payload["day"]),
            slot=payload["slot"],
            party_size=int(payload["party_size"]),
            email=payload["email"],
        )
        return jsonify(booking.as_dict()), 201

    return app


app = create_app()

if __name__ == "__main__":
    app.run(**SERVER_OPTIONS)
