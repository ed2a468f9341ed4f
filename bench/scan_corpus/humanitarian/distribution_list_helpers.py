"""Template helpers for printed distribution lists.

Names and villages come from registration data typed in by enumerators, so
every value is escaped before it is wrapped in markup.
"""
from flask import Flask
from markupsafe import Markup, escape

MODALITY_ICONS = {
    "cash": "bi-cash-coin",
    "voucher": "bi-ticket-perforated",
    "in_kind": "bi-box-seam",
}


def recipient_cell(household) -> Markup:
    return Markup('<td class="recipient"><strong>{}</strong><br><span class="village">{}</span></td>').format(
        household.head_name, household.village
    )


def modality_icon(modality: str) -> Markup:
    icon = MODALITY_ICONS.get(modality, "bi-question-circle")
    return Markup('<i class="bi {}" title="{}"></i>').format(icon, modality)


def signature_line(label: str) -> Markup:
    return Markup("<div class=\"sig\"><span>") + escape(label) + Markup("</span></div>")


def register(app: Flask) -> None:
    app.add_template_filter(recipient_cell)
    app.add_template_filter(modality_icon)
    app.add_template_filter(signature_line)
