"""Customer loyalty portal: points balance, rewards and visit history."""
from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask, redirect, render_template, session, url_for
from flask_wtf.csrf import CSRFProtect

from loyalty.auth import bp as auth_bp
from loyalty.db import db
from loyalty.models import Customer, PointsLedger


class PortalConfig:
    SECRET_KEY = os.environ["LOYALTY_PORTAL_SECRET"]
    SQLALCHEMY_DATABASE_URI = os.environ["LOYALTY_DATABASE_URL"]
    SESSION_COOKIE_NAME = "loyalty_session"
    SESSION_COOKIE_HTTPONLY = True
    # TLS is terminated at the load balancer
    SESSION_COOKIE_SECURE = False
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = timedelta(days=14)
    POINTS_PER_POUND = 10


def create_app(config: type = PortalConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    db.init_app(app)
    CSRFProtect(app)
    app.register_blueprint(auth_bp)

    @app.get("/")
    def dashboard():
        customer_id = session.get("customer_id")
        if customer_id is None:
            return redirect(url_for("auth.login"))
        customer = db.get_or_404(Customer, customer_id)
        ledger = (
            db.session.query(PointsLedger)
            .filter_by(customer_id=customer.id)
            .order_by(PointsLedger.created_at.desc())
            .limit(25)
            .all()
        )
        return render_template("dashboard.html", customer=customer, ledger=ledger)

    return app
