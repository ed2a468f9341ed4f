"""Saleroom clerk console: records hammer prices and paddle numbers as lots sell.

Runs on the clerk's workstation in the saleroom and syncs to the central
results service between lots.
"""

import os

from flask import Flask, jsonify, render_template, request

from auctionhouse.clerking import ClerkBook, ResultsSync

RUN_OPTIONS = {
    "host": os.environ.get("CLERK_CONSOLE_HOST", "127.0.0.1"),
    "port": int(os.environ.get("CLERK_CONSOLE_PORT", "5050")),
    "debug": True,
    "use_reloader": False,
    "threaded": True,
}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["CLERK_CONSOLE_SECRET_KEY"]
    book = ClerkBook(os.environ.get("CLERK_BOOK_PATH", "clerk_book.sqlite3"))
    sync = ResultsSync(os.environ["RESULTS_SERVICE_URL"])

    @app.get("/")
    def console():
        return render_template("clerk/console.html", sale=book.current_sale(), lot=book.current_lot())

    @app.post("/hammer")
    def hammer():
        payload = request.get_json(force=True)
        entry = book.record_hammer(
            lot_number=int(payload["lot_number"]),
            paddle_number=int(payload["paddle_number"]),
            hammer_price=int(payload["hammer_price"]),
        )
        sync.push(entry)
        return jsonify(entry.as_dict()), 201

    @app.post("/passed")
    def passed():
        entry = book.record_passed(int(request.get_json(force=True)["lot_number"]))
        sync.push(entry)
        return jsonify(entry.as_dict()), 201

    return app


if __name__ == "__main__":
    create_app().run(**RUN_OPTIONS)
