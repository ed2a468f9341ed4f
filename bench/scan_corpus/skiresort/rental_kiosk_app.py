"""Self-service rental kiosk backend.

Runs behind gunicorn on the kiosk host; ``python rental_kiosk_app.py``
starts the development server for the shop technicians.
"""
import os

from flask import Flask, jsonify, request

from rental.kiosk import KioskService


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=os.environ["KIOSK_SECRET_KEY"],
        DEBUG=False,
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        MAX_CONTENT_LENGTH=1 * 1024 * 1024,
    )
    service = KioskService.from_env()

    @app.post("/scan")
    def scan_pass():
        chip_uid = request.json.get("chip_uid", "")
        reservation = service.reservation_for_chip(chip_uid)
        if reservation is None:
            return jsonify(found=False), 404
        return jsonify(found=True, reservation=reservation.to_dict())

    @app.post("/reservations/<int:reservation_id>/pickup")
    def pickup(reservation_id: int):
        locker = service.assign_locker(reservation_id)
        return jsonify(locker=locker.number, pin_sent=True)

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    return app


if __name__ == "__main__":
    create_app().run(host="127.0.0.1", port=int(os.environ.get("KIOSK_PORT", "8080")), debug=False)
