"""Public lesson catalog search: filter video lessons by level, style and keyword."""
import sqlite3
from contextlib import closing

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DATABASE = "/var/lib/ukuleleschool/catalog.sqlite3"
PAGE_SIZE = 24
LEVELS = ("beginner", "intermediate", "advanced")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def _page() -> int:
    try:
        return max(int(request.args.get("page", "1")), 1)
    except ValueError:
        return 1


@app.get("/catalog/lessons")
def search_lessons():
    level = request.args.get("level", "beginner")
    if level not in LEVELS:
        level = "beginner"
    style = request.args.get("style", "")
    keyword = request.args.get("q", "")
    offset = (_page() - 1) * PAGE_SIZE

    query = (
        "SELECT id, title, style, level, duration_s, teacher_name FROM video_lessons "
        f"WHERE level = '{level}' AND style LIKE '%{style}%' AND published = 1 "
        "AND (title LIKE ? OR description LIKE ?) "
        "ORDER BY published_at DESC LIMIT ? OFFSET ?"
    )
    like = f"%{keyword}%"
    with closing(get_db().cursor()) as cur:
        cur.execute(query, (like, like, PAGE_SIZE, offset))
        rows = [dict(r) for r in cur.fetchall()]
    return jsonify(results=rows, page=_page())


@app.get("/catalog/styles")
def list_styles():
    with closing(get_db().cursor()) as cur:
        cur.execute("SELECT DISTINCT style FROM video_lessons WHERE published = 1 ORDER BY style")
        return jsonify(styles=[r[0] for r in cur.fetchall()])
