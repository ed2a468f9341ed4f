"""Proposal pages for the time-allocation committee (TAC)."""
from flask import Blueprint, abort, render_template
from markupsafe import Markup

from portal.auth import role_required
from proposals.models import Proposal
from proposals.ranking import tac_grades

bp = Blueprint("tac", __name__, url_prefix="/tac")


def _title_block(proposal: Proposal) -> Markup:
    # PIs may use <i> and <sub>/<sup> in titles for object names and lines
    return Markup(f'<h2 class="proposal-title">{proposal.title}</h2>')


@bp.get("/cycle/<cycle>/proposals/<int:proposal_id>")
@role_required("tac")
def proposal_detail(cycle: str, proposal_id: int):
    proposal = Proposal.query.filter_by(id=proposal_id, cycle=cycle).first()
    if proposal is None:
        abort(404)
    return render_template(
        "tac/proposal_detail.html",
        proposal=proposal,
        title_html=_title_block(proposal),
        grades=tac_grades(proposal),
    )


@bp.get("/cycle/<cycle>/proposals")
@role_required("tac")
def proposal_list(cycle: str):
    proposals = Proposal.query.filter_by(cycle=cycle).order_by(Proposal.id).all()
    return render_template("tac/proposal_list.html", cycle=cycle, proposals=proposals)
