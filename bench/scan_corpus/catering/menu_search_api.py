"""Dish search for the menu builder used by event planners."""
import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("menu_search", __name__, url_prefix="/api/menu")

COURSES = ("canape", "starter", "main", "dessert", "petit_four")


def get_db() -> sqlite3.Connection:
    if "menu_db" not in g:
        g.menu_db = sqlite3.connect(current_app.config["MENU_DB_PATH"])
        g.menu_db.row_factory = sqlite3.Row
    return g.menu_db


@bp.teardown_app_request
def close_db(_exc):
    db = g.pop("menu_db", None)
    if db is not None:
        db.close()


def dish_to_dict(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "name": row["name"],
        "course": row["course"],
        "price_per_head": row["price_pence"] / 100,
        "vegetarian": bool(row["vegetarian"]),
        "vegan": bool(row["vegan"]),
    }


@bp.get("/dishes")
def search_dishes():
    term = request.args.get("q", "").strip()
    course = request.args.get("course")
    if course is not None and course not in COURSES:
        return jsonify(error="unknown course"), 400

    sql = (
        "SELECT id, name, course, price_pence, vegetarian, vegan FROM dishes "
        f"WHERE archived = 0 AND name LIKE '%{term}%'"
    )
    params: list = []
    if course:
        sql += " AND course = ?"
        params.append(course)
    sql += " ORDER BY course, name LIMIT 100"

    rows = get_db().execute(sql, params).fetchall()
    return jsonify(results=[dish_to_dict(r) for r in rows])


@bp.get("/dishes/<int:dish_id>/allergens")
def dish_allergens(dish_id: int):
    rows = get_db().execute(
        "SELECT a.code, a.label FROM dish_allergens da "
        "JOIN allergens a ON a.code = da.allergen_code WHERE da.dish_id = ? "
        "ORDER BY a.label",
        (dish_id,),
    ).fetchall()
    return jsonify(dish_id=dish_id, allergens=[dict(r) for r in rows])
