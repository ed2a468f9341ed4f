"""Renders the HTML notarial certificate that is later converted to PDF.

Certificate wording is state-specific, so each state has its own template
under templates/certificates/<state>/<act>.html.
"""
from dataclasses import asdict, dataclass
from datetime import date

from jinja2 import Environment, PackageLoader, StrictUndefined

_env = Environment(
    loader=PackageLoader("notary.certificates", "templates"),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["longdate"] = lambda d: d.strftime("%B %d, %Y")


@dataclass
class CertificateContext:
    state: str
    county: str
    act: str
    act_date: date
    signer_names: list[str]
    document_title: str
    notary_name: str
    commission_number: str
    commission_expires: date
    id_method: str


def render_certificate(ctx: CertificateContext) -> str:
    template = _env.get_template(f"certificates/{ctx.state.lower()}/{ctx.act}.html")
    return template.render(**asdict(ctx))


def render_for_session(session) -> str:
    ctx = CertificateContext(
        state=session.notary.commission_state,
        county=session.venue_county,
        act=session.act_type,
        act_date=session.completed_at.date(),
        signer_names=[p.display_name for p in session.signers],
        document_title=session.document.title,
        notary_name=session.notary.full_name,
        commission_number=session.notary.commission_number,
        commission_expires=session.notary.commission_expires,
        id_method=session.identity_method,
    )
    return render_certificate(ctx)
