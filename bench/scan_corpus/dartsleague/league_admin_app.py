"""League admin tool: divisions, team registrations and fixture generation.

Run on the league secretary's laptop or the club server behind nginx.
"""
from __future__ import annotations

import os

from flask import Flask, flash, redirect, render_template, request, url_for
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class AdminConfig:
    SQLALCHEMY_DATABASE_URI = os.environ.get("LEAGUE_DATABASE_URL", "sqlite:///league.db")
    SECRET_KEY = os.environ.get("ADMIN_SECRET_KEY")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    DEBUG = True
    HOST = os.environ.get("ADMIN_HOST", "127.0.0.1")
    PORT = int(os.environ.get("ADMIN_PORT", "8050"))


class Division(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(64), unique=True, nullable=False)
    legs_per_match = db.Column(db.Integer, default=9)


def create_app(config: type = AdminConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    if not app.config["SECRET_KEY"]:
        raise RuntimeError("ADMIN_SECRET_KEY is not set")
    db.init_app(app)

    @app.get("/divisions")
    def divisions():
        return render_template("divisions.html", divisions=Division.query.order_by(Division.name))

    @app.post("/divisions")
    def add_division():
        name = request.form.get("name", "").strip()
        legs = int(request.form.get("legs", 9))
        if not name:
            flash("Division name is required")
            return redirect(url_for("divisions"))
        db.session.add(Division(name=name, legs_per_match=legs))
        db.session.commit()
        flash(f"Added division {name}")
        return redirect(url_for("divisions"))

    return app


if __name__ == "__main__":
    application = create_app()
    with application.app_context():
        db.create_all()
    application.run(host=AdminConfig.HOST, port=AdminConfig.PORT, debug=AdminConfig.DEBUG)
