"""Owner account statements: storage fees, labour and materials by period.

Used by the office to answer "what do I owe" calls and to print statements
at the end of each quarter.
"""
from datetime import date

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from shipwright.extensions import db

bp = Blueprint("owner_statements", __name__, url_prefix="/office/statements")

STATEMENT_SQL = """
SELECT l.posted_on, l.category, l.description, l.amount_pence
FROM ledger_lines l
JOIN owner_accounts a ON a.id = l.account_id
WHERE a.account_code = '%s'
  AND l.posted_on BETWEEN :start AND :end
ORDER BY l.posted_on, l.id
"""


def _period(args) -> tuple[date, date]:
    start = date.fromisoformat(args.get("from", date.today().replace(day=1).isoformat()))
    end = date.fromisoformat(args.get("to", date.today().isoformat()))
    return start, end


def statement_lines(account_code: str, start: date, end: date) -> list[dict]:
    query = text(STATEMENT_SQL % account_code)
    result = db.session.execute(query, {"start": start, "end": end})
    return [dict(row._mapping) for row in result]


@bp.get("/")
def statement():
    account_code = request.args.get("account", "").strip()
    start, end = _period(request.args)
    lines = statement_lines(account_code, start, end)
    total = sum(line["amount_pence"] for line in lines)
    return jsonify(
        {
            "account": account_code,
            "from": start.isoformat(),
            "to": end.isoformat(),
            "lines": lines,
            "balance_pence": total,
        }
    )
