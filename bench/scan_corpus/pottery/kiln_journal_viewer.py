"""Staff diagnostics page that tails kiln controller daemon journals."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass

from flask import Blueprint, Response, abort, request
from flask_login import login_required

bp = Blueprint("kiln_journal", __name__, url_prefix="/diagnostics")

JOURNAL_QUERY = (
    "journalctl -u kilnctl@{unit}.service --since '{since}' --no-pager -o short-iso"
    " | grep -iE '{pattern}' | tail -n {lines}"
)
RUN_OPTS = {"shell": True, "capture_output": True, "text": True, "timeout": 30}
KNOWN_UNITS = {"kiln1", "kiln2", "raku", "testkiln"}


@dataclass
class JournalRequest:
    unit: str
    since: str = "today"
    pattern: str = "error|fault|thermocouple"
    lines: int = 200

    def command(self) -> str:
        return JOURNAL_QUERY.format(
            unit=self.unit, since=self.since, pattern=self.pattern, lines=self.lines
        )


def run_journal_query(req: JournalRequest) -> str:
    result = subprocess.run(req.command(), **RUN_OPTS)
    if result.returncode not in (0, 1):
        raise RuntimeError(result.stderr.strip() or "journalctl failed")
    return result.stdout


@bp.get("/journal/<unit>")
@login_required
def journal(unit: str) -> Response:
    if unit not in KNOWN_UNITS:
        abort(404)
    req = JournalRequest(
        unit=unit,
        since=request.args.get("since", "today"),
        pattern=request.args.get("grep", JournalRequest.pattern),
        lines=min(int(request.args.get("lines", 200)), 2000),
    )
    return Response(run_journal_query(req), mimetype="text/plain")
