"""HTML hire agreements shown in the customer portal before signing.

The agreement lists the hired structure and furniture, the build and
de-rig times and the customer's access notes, followed by our standard
terms. Customer-entered text is escaped; only our own terms block, stored
as a package resource, is marked safe.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import List

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup


@dataclass
class AgreementItem:
    description: str
    quantity: int


@dataclass
class HireAgreement:
    booking_ref: str
    customer_name: str
    venue: str
    build_slot: str
    derig_slot: str
    access_notes: str
    items: List[AgreementItem] = field(default_factory=list)


def _standard_terms() -> Markup:
    text = resources.files("backoffice.legal").joinpath("hire_terms_v7.html").read_text("utf-8")
    return Markup(text)


class AgreementRenderer:
    def __init__(self) -> None:
        self._env = Environment(
            loader=PackageLoader("backoffice", "templates"),
            autoescape=select_autoescape(["html", "xml"]),
        )
        self._terms = _standard_terms()

    def render(self, agreement: HireAgreement) -> str:
        template = self._env.get_template("agreement.html")
        return template.render(agreement=agreement, terms=self._terms)


def preview_view(request, booking_ref: str):
    from django.http import HttpResponse

    from bookings.repo import agreement_for

    agreement = agreement_for(booking_ref, customer_id=request.session["customer_id"])
    return HttpResponse(AgreementRenderer().render(agreement))
