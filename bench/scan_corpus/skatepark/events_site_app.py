"""Flask application factory for the public events website (comps, jams, camps)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from flask import Flask, abort, render_template

log = logging.getLogger("events_site")


def _env_flag(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes"}


@dataclass
class SiteSettings:
    secret_key: str = field(default_factory=lambda: os.environ["EVENTS_SITE_SECRET_KEY"])
    database_url: str = field(default_factory=lambda: os.environ["EVENTS_DATABASE_URL"])
    debug: bool = field(default_factory=lambda: _env_flag("EVENTS_SITE_DEBUG"))
    host: str = field(default_factory=lambda: os.environ.get("EVENTS_SITE_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: int(os.environ.get("EVENTS_SITE_PORT", "8080")))


def create_app(settings: SiteSettings | None = None) -> Flask:
    settings = settings or SiteSettings()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        SQLALCHEMY_DATABASE_URI=settings.database_url,
        DEBUG=settings.debug,
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )

    from .models import Event, db

    db.init_app(app)

    @app.get("/")
    def home():
        upcoming = Event.query.filter(Event.published.is_(True)).order_by(Event.starts_at).limit(12)
        return render_template("home.html", events=upcoming)

    @app.get("/events/<slug>")
    def event_detail(slug: str):
        event = Event.query.filter_by(slug=slug, published=True).first()
        if event is None:
            abort(404)
        return render_template("event.html", event=event)

    @app.errorhandler(404)
    def not_found(_):
        return render_template("404.html"), 404

    return app


if __name__ == "__main__":
    cfg = SiteSettings()
    if cfg.debug:
        log.warning("events site running with debug enabled")
    create_app(cfg).run(host=cfg.host, port=cfg.port, debug=cfg.debug)
