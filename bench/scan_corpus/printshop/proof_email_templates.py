"""Renders the HTML "your proof is ready" emails."""
from __future__ import annotations

import os
from dataclasses import dataclass

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATE_DIR = os.environ.get("EMAIL_TEMPLATE_DIR", "/srv/printshop/templates/email")

_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    undefined=StrictUndefined,
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["money"] = lambda v: f"\u00a3{v:,.2f}"


@dataclass
class ProofEmail:
    subject: str
    html: str


def render_proof_ready(job, proof_url: str) -> ProofEmail:
    """``job.title`` and ``job.customer_notes`` are typed by the customer at checkout."""
    template = _env.get_template("proof_ready.html")
    html = template.render(
        customer_name=job.customer.contact_name,
        job_title=job.title,
        notes=job.customer_notes,
        quantity=job.quantity,
        total=job.total,
        proof_url=proof_url,
    )
    return ProofEmail(subject=f"Proof ready: {job.reference}", html=html)
