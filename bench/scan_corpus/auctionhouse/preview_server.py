"""Catalogue preview server for specialists checking lot pages before publication.

Started on the cataloguing workstations with ``python -m auctionhouse.preview_server``.
"""

import os

from flask import Flask, abort, render_template

from auctionhouse.catalogue import CatalogueStore

RUN_OPTIONS = {
    "host": os.environ.get("PREVIEW_HOST", "127.0.0.1"),
    "port": int(os.environ.get("PREVIEW_PORT", "5060")),
    "debug": False,
    "use_reloader": False,
    "threaded": True,
}


def create_app() -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["PREVIEW_SECRET_KEY"]
    store = CatalogueStore(os.environ["CATALOGUE_DATABASE_URL"])

    @app.get("/sales/<sale_code>")
    def sale_preview(sale_code: str):
        sale = store.get_sale(sale_code, include_unpublished=True)
        if sale is None:
            abort(404)
        return render_template("preview/sale.html", sale=sale, lots=store.lots_for_sale(sale_code))

    @app.get("/sales/<sale_code>/lots/<int:lot_number>")
    def lot_preview(sale_code: str, lot_number: int):
        lot = store.get_lot(sale_code, lot_number, include_unpublished=True)
        if lot is None:
            abort(404)
        return render_template("preview/lot.html", lot=lot)

    return app


if __name__ == "__main__":
    create_app().run(**RUN_OPTIONS)
