"""Kitchen display service.

Serves the ticket board to the screens above each station and sends bump and
recall events back to the POS. One instance runs on the kitchen mini-PC.
"""
import os

from flask import Flask, abort, jsonify, render_template

from .tickets import TicketBoard


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        KDS_VENUE_ID=os.environ["KDS_VENUE_ID"],
        KDS_STATIONS=os.environ.get("KDS_STATIONS", "grill,cold,pastry,expo").split(","),
        KDS_POS_URL=os.environ["KDS_POS_URL"],
    )
    board = TicketBoard(app.config["KDS_VENUE_ID"], app.config["KDS_POS_URL"])

    @app.get("/stations/<station>")
    def station_screen(station: str):
        if station not in app.config["KDS_STATIONS"]:
            abort(404)
        return render_template("station.html", station=station, tickets=board.open_tickets(station))

    @app.get("/api/stations/<station>/tickets")
    def station_tickets(station: str):
        return jsonify([t.as_dict() for t in board.open_tickets(station)])

    @app.post("/api/tickets/<ticket_id>/bump")
    def bump(ticket_id: str):
        board.bump(ticket_id)
        return jsonify(status="bumped")

    @app.post("/api/tickets/<ticket_id>/recall")
    def recall(ticket_id: str):
        board.recall(ticket_id)
        return jsonify(status="recalled")

    return app


RUN_OPTIONS = {
    "host": os.environ.get("KDS_BIND", "localhost"),
    "port": int(os.environ.get("KDS_PORT", "8080")),
    "debug": True,
    "threaded": True,
}

if __name__ == "__main__":
    create_app().run(**RUN_OPTIONS)
