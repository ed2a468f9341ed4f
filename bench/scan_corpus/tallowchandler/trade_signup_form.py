"""Self-service application form for shops wanting a wholesale trade account."""
import structlog
from flask import Blueprint, redirect, render_template, request, url_for
from werkzeug.security import generate_password_hash

from tallow.db import db
from tallow.models import TradeApplication

bp = Blueprint("trade_signup", __name__, url_prefix="/trade/apply")
log = structlog.get_logger("trade.signup")

REQUIRED = ("business_name", "contact_name", "email", "password", "vat_number", "postcode")


def collect_fields(form) -> dict:
    fields = {name: form.get(name, "").strip() for name in REQUIRED}
    fields["shop_type"] = form.get("shop_type", "gift")
    return fields


@bp.route("/", methods=["GET", "POST"])
def apply():
    if request.method == "GET":
        return render_template("trade/apply.html")
    fields = collect_fields(request.form)
    missing = [k for k in REQUIRED if not fields[k]]
    if missing:
        return render_template("trade/apply.html", missing=missing, values=fields), 400
    log.info("trade_application_received", **fields)
    application = TradeApplication(
        business_name=fields["business_name"],
        contact_name=fields["contact_name"],
        email=fields["email"].lower(),
        password_hash=generate_password_hash(fields["password"]),
        vat_number=fields["vat_number"],
        postcode=fields["postcode"].upper(),
        shop_type=fields["shop_type"],
    )
    db.session.add(application)
    db.session.commit()
    return redirect(url_for("trade_signup.thanks"))


@bp.get("/thanks")
def thanks():
    return render_template("trade/thanks.html")
