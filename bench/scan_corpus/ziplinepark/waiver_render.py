"""Renders the signed waiver page guests and staff can view or print."""
from dataclasses import dataclass
from datetime import date, datetime

from flask import Blueprint, abort
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .db import get_db

bp = Blueprint("waivers", __name__, url_prefix="/waivers")

env = Environment(
    loader=PackageLoader("ziplinepark", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class SignedWaiver:
    waiver_id: int
    guest_name: str
    date_of_birth: date
    typed_signature: str
    signed_at: datetime
    guardian_name: str | None = None
    version: str = "2024-03"

    @property
    def is_minor(self) -> bool:
        today = date.today()
        age = today.year - self.date_of_birth.year - (
            (today.month, today.day) < (self.date_of_birth.month, self.date_of_birth.day)
        )
        return age < 18

    @property
    def signature_block(self) -> Markup:
        return Markup(f'<span class="typed-signature">{self.typed_signature}</span>')


def _load(waiver_id: int) -> SignedWaiver:
    row = get_db().execute(
        "SELECT id, guest_name, date_of_birth, typed_signature, signed_at, guardian_name, version "
        "FROM waivers WHERE id = ?",
        (waiver_id,),
    ).fetchone()
    if row is None:
        abort(404)
    return SignedWaiver(
        waiver_id=row["id"],
        guest_name=row["guest_name"],
        date_of_birth=date.fromisoformat(row["date_of_birth"]),
        typed_signature=row["typed_signature"],
        signed_at=datetime.fromisoformat(row["signed_at"]),
        guardian_name=row["guardian_name"],
        version=row["version"],
    )


@bp.get("/<int:waiver_id>")
def show_waiver(waiver_id: int):
    waiver = _load(waiver_id)
    template = env.get_template(f"waiver_{waiver.version}.html")
    return template.render(waiver=waiver, signature=waiver.signature_block, minor=waiver.is_minor)
