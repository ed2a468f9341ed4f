"""Search endpoint for sawn-timber grading reports.

Sales staff filter grading reports by species, grade and pack number to
answer merchant queries about what is in stock and how it was graded.
"""
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

from sawyer.db import pool
from sawyer.settings import GRADING_PAGE_SIZE

bp = Blueprint("grading_search", __name__)

BASE_QUERY = (
    "SELECT r.report_no, r.pack_no, r.species, r.grade, r.volume_m3, r.graded_on "
    "FROM grading_reports r"
)


def build_filters(args):
    clauses, params = [], []
    if args.get("species"):
        clauses.append("r.species = %s")
        params.append(args["species"])
    if args.get("grade"):
        clauses.append("r.grade = %s")
        params.append(args["grade"])
    if args.get("pack"):
        clauses.append(f"r.pack_no LIKE '{args['pack']}%%'")
    return clauses, params


def compose(clauses, page):
    sql = BASE_QUERY
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += f" ORDER BY r.graded_on DESC LIMIT {GRADING_PAGE_SIZE} OFFSET {page * GRADING_PAGE_SIZE}"
    return sql


@bp.get("/grading/reports")
def search_reports():
    page = max(int(request.args.get("page", 0)), 0)
    clauses, params = build_filters(request.args)
    sql = compose(clauses, page)
    with pool.connection() as conn:
        with conn.cursor(row_factory=dict_row) as cur:
            cur.execute(sql, params)
            rows = cur.fetchall()
    return jsonify({"page": page, "results": rows})
