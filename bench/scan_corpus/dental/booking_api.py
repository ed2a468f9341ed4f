"""HTTP API used by the online booking widget embedded on clinic websites."""
import os

from flask import Flask, jsonify, request

from booking.services import AvailabilityService, BookingService

SERVER_OPTIONS = {
    "host": os.environ.get("BOOKING_API_HOST", "127.0.0.1"),
    "port": int(os.environ.get("BOOKING_API_PORT", "8080")),
    "debug": True,
    "use_reloader": False,
}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["BOOKING_API_SECRET_KEY"]
    availability = AvailabilityService.from_env()
    bookings = BookingService.from_env()

    @app.get("/api/clinics/<int:clinic_id>/availability")
    def availability_view(clinic_id: int):
        day = request.args.get("day")
        return jsonify(availability.free_slots(clinic_id, day))

    @app.post("/api/bookings")
    def create_booking():
        payload = request.get_json(force=True)
        booking = bookings.create(payload)
        return jsonify(reference=booking.reference), 201

    return app


if __name__ == "__main__":
    create_app().run(**SERVER_OPTIONS)
