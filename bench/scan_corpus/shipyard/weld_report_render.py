"""HTML rendering helpers for weld inspection reports.

Reports list each inspected joint (block, seam, process, NDT method and
result) together with the inspector's remarks, and are shown in the QA
web app and attached to the class society survey pack.
"""
from __future__ import annotations

from markupsafe import Markup as _M, escape

RESULT_BADGES = {
    "accept": "badge-ok",
    "repair": "badge-warn",
    "reject": "badge-danger",
}


def result_badge(result: str) -> _M:
    css = RESULT_BADGES.get(result, "badge-unknown")
    return _M('<span class="badge {}">{}</span>').format(css, result.upper())


def remarks_block(remarks: str) -> _M:
    paragraphs = [p.strip() for p in remarks.split("\n\n") if p.strip()]
    return _M("".join(f"<p class='remark'>{p}</p>" for p in paragraphs))


def joint_row(joint: dict) -> _M:
    return _M(
        "<tr><td>{block}</td><td>{seam}</td><td>{process}</td>"
        "<td>{method}</td><td>{badge}</td><td>{remarks}</td></tr>"
    ).format(
        block=joint["block_id"],
        seam=joint["seam_id"],
        process=joint["process"],  # FCAW, SAW, GMAW
        method=joint["ndt_method"],  # UT, RT, MT, PT
        badge=result_badge(joint["result"]),
        remarks=remarks_block(joint.get("inspector_remarks", "")),
    )


def register(app) -> None:
    app.jinja_env.filters["weld_row"] = joint_row
    app.jinja_env.filters["weld_badge"] = result_badge
    app.jinja_env.globals["escape"] = escape
