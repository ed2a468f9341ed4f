"""Back-office Flask app for the craft shop: stock levels and class rosters.

Run with `python shop_admin_app.py` on the shop server.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from flask import Flask, jsonify, request
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


@dataclass
class ServerSettings:
    host: str = field(default_factory=lambda: os.environ.get("ADMIN_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: int(os.environ.get("ADMIN_PORT", "8080")))
    database_url: str = field(default_factory=lambda: os.environ["ADMIN_DATABASE_URL"])
    secret_key: str = field(default_factory=lambda: os.environ["ADMIN_SECRET_KEY"])
    debug: bool = True


class StockItem(db.Model):
    __tablename__ = "stock_items"
    id = db.Column(db.Integer, primary_key=True)
    sku = db.Column(db.String(40), unique=True, nullable=False)
    name = db.Column(db.String(200), nullable=False)
    on_hand = db.Column(db.Integer, nullable=False, default=0)
    reorder_level = db.Column(db.Integer, nullable=False, default=5)


def create_app(settings: ServerSettings) -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = settings.database_url
    app.config["SECRET_KEY"] = settings.secret_key
    db.init_app(app)

    @app.get("/stock")
    def stock():
        only_low = request.args.get("low") == "1"
        query = StockItem.query.order_by(StockItem.sku)
        if only_low:
            query = query.filter(StockItem.on_hand <= StockItem.reorder_level)
        return jsonify(
            [
                {"sku": s.sku, "name": s.name, "on_hand": s.on_hand, "reorder": s.reorder_level}
                for s in query.all()
            ]
        )

    @app.post("/stock/<sku>/adjust")
    def adjust(sku: str):
        delta = int(request.get_json(force=True)["delta"])
        item = StockItem.query.filter_by(sku=sku).first_or_404()
        item.on_hand = max(0, item.on_hand + delta)
        db.session.commit()
        return jsonify(sku=item.sku, on_hand=item.on_hand)

    return app


if __name__ == "__main__":
    settings = ServerSettings()
    create_app(settings).run(host=settings.host, port=settings.port, debug=settings.debug)
